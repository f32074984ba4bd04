"""Find English left on a Thai page: visible text outside elements marked lang="en"."""

import re
from html.parser import HTMLParser

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}
# Words that are the same in Thai text: abbreviations and names Thai readers use as they are.
ALLOWED = {"SDG", "SDGs", "SSE", "OSEP", "NIA", "ILO", "UNDP", "ISO", "CSV", "JSON", "API", "XLSX"}
# Names of laws, standards and tools the trust pages cite as Thai readers meet them.
ALLOWED |= {"PDPA", "WCAG", "AA", "CC", "BY", "JavaScript", "Chromium", "axe", "Nu", "HTML"}
ALLOWED |= {"Checker", "W3C"}


class _VisibleText(HTMLParser):
    def __init__(self):
        super().__init__()
        self.stack = []  # (tag, is_foreign)
        self.chunks = []

    def handle_starttag(self, tag, attrs):
        if tag in VOID:
            return
        attrs = dict(attrs)
        foreign = (
            tag in ("script", "style", "svg", "title")
            or attrs.get("lang", "th") != "th"
            or attrs.get("translate") == "no"
            or bool(self.stack and self.stack[-1][1])
        )
        self.stack.append((tag, foreign))

    def handle_endtag(self, tag):
        while self.stack:
            if self.stack.pop()[0] == tag:
                break

    def handle_data(self, data):
        if not (self.stack and self.stack[-1][1]):
            self.chunks.append(data)


def english_words(html):
    parser = _VisibleText()
    parser.feed(html)
    text = " ".join(parser.chunks)
    text = re.sub(r"\S+@\S+|https?://\S+|www\.\S+", " ", text)
    return sorted({w for w in re.findall(r"[A-Za-z]{2,}", text) if w not in ALLOWED})
