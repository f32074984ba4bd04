"""Templates stay readable: no line over 200 characters, so that a diff shows what changed."""

from pathlib import Path

TEMPLATES = Path(__file__).resolve().parents[1] / "templates"
MAX_LINE = 200


def long_lines():
    """(path under templates/, line number, line) for every line over MAX_LINE characters."""
    for path in sorted(TEMPLATES.rglob("*")):
        if not path.is_file():
            continue
        name = path.relative_to(TEMPLATES).as_posix()
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if len(line) > MAX_LINE:
                yield name, number, line


def test_no_template_line_is_over_200_characters():
    too_long = [f"{name}:{number} ({len(line)} characters)" for name, number, line in long_lines()]
    assert not too_long, "break these template lines into blocks:\n" + "\n".join(too_long)


def test_the_line_check_sees_the_templates():
    """The check above passes trivially if it reads no file: it must find the site's pages."""
    names = {path.relative_to(TEMPLATES).as_posix() for path in TEMPLATES.rglob("*.html")}
    assert {"base.html", "orgs/organisation_detail.html", "admin/curated/change_form.html"} <= names
