"""Templates stay readable: no line over 200 characters, so that a diff shows what changed."""

from pathlib import Path

TEMPLATES = Path(__file__).resolve().parents[1] / "templates"
MAX_LINE = 200

#: Long lines that stay for a while, by file and the start of the line, each with its reason.
#: The test fails when one of them is gone, so the list cannot outlive its reasons.
WAITING = {
    # The programme sections of the organisation profile are moving to programs/ (issue 8).
    ("orgs/organisation_detail.html", '<li><a href="{{ participation.programme.get_absolute_url'),
}


def long_lines():
    """(path under templates/, line number, line) for every line over MAX_LINE characters."""
    for path in sorted(TEMPLATES.rglob("*")):
        if not path.is_file():
            continue
        name = path.relative_to(TEMPLATES).as_posix()
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if len(line) > MAX_LINE:
                yield name, number, line


def waiting(name, line):
    return any(name == path and line.strip().startswith(start) for path, start in WAITING)


def test_no_template_line_is_over_200_characters():
    found = list(long_lines())
    too_long = [
        f"{name}:{number} ({len(line)} characters)"
        for name, number, line in found
        if not waiting(name, line)
    ]
    assert not too_long, "break these template lines into blocks:\n" + "\n".join(too_long)
    gone = [entry for entry in WAITING if not any(waiting(n, line) for n, _, line in found)]
    assert not gone, f"these lines are short now or gone: remove them from WAITING: {gone}"


def test_the_line_check_sees_the_templates():
    """The check above passes trivially if it reads no file: it must find the site's pages."""
    names = {path.relative_to(TEMPLATES).as_posix() for path in TEMPLATES.rglob("*.html")}
    assert {"base.html", "orgs/organisation_detail.html", "admin/curated/change_form.html"} <= names
