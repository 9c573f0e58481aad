"""HTML to plain text: tags dropped, script/style contents dropped, entities decoded.

Article text is plain text by contract; downstream stages report character
spans into it, so it must hold no markup at all, whatever the feed declared.
Paragraph structure survives as blank lines ("\\n\\n").
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

# Elements whose content is never text a reader sees.
_SKIP = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "iframe",
        "object",
        "embed",
        "svg",
        "math",
        "head",
        "title",
        "select",
        "textarea",
        "button",
        "canvas",
        "audio",
        "video",
        "map",
    }
)
_BLOCK = frozenset(
    {
        "p",
        "div",
        "section",
        "article",
        "header",
        "footer",
        "aside",
        "nav",
        "main",
        "blockquote",
        "pre",
        "ul",
        "ol",
        "li",
        "dl",
        "dt",
        "dd",
        "table",
        "tr",
        "thead",
        "tbody",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "figure",
        "figcaption",
        "hr",
        "address",
        "form",
        "fieldset",
        "details",
        "summary",
        "caption",
    }
)
_VOID = frozenset(
    {
        "br",
        "hr",
        "img",
        "input",
        "meta",
        "link",
        "wbr",
        "area",
        "base",
        "col",
        "source",
        "track",
        "param",
        "embed",
    }
)
_PARA = "\x00"  # paragraph marker while collecting; never in real text after cleaning
_LINE = "\x01"
# C0/C1 controls other than newline and tab, and the non-characters: noise from broken feeds.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")
_SPACES = re.compile(r"[^\S\n]+")
_TAG_LIKE = re.compile(r"<[A-Za-z/!?]")


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip_depth = 0
        self.skip_tag: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.skip_depth:
            if tag == self.skip_tag:
                self.skip_depth += 1
            return
        if tag in _SKIP and tag not in _VOID:
            self.skip_tag, self.skip_depth = tag, 1
        elif tag == "br":
            self.parts.append(_LINE)
        elif tag in _BLOCK:
            self.parts.append(_PARA)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if not self.skip_depth and tag in ("br", "hr", "p"):
            self.parts.append(_LINE if tag == "br" else _PARA)

    def handle_endtag(self, tag: str) -> None:
        if self.skip_depth:
            if tag == self.skip_tag:
                self.skip_depth -= 1
            return
        if tag in _BLOCK:
            self.parts.append(_PARA)

    def handle_data(self, data: str) -> None:
        if not self.skip_depth:
            self.parts.append(data)


def html_to_text(html: str | None) -> str:
    """Plain text with paragraphs separated by a blank line and spaces collapsed."""
    if not html:
        return ""
    html = _CONTROL.sub(" ", html)  # also removes any stray marker characters
    if "<" not in html and "&" not in html:
        return _tidy(html)
    text = _extract(html)
    if _TAG_LIKE.search(text):
        # Escaped markup ("&lt;script&gt;..."), decoded by the first pass: strip it too.
        text = _extract(text)
    return _tidy(text)


def _extract(html: str) -> str:
    parser = _TextExtractor()
    try:
        parser.feed(html)
        # A tag, comment or declaration still open at the end of the input is
        # dropped, as an HTML5 parser does; html.parser would emit it as text
        # ("<script", "<!-- <script>x</script>").
        if _TAG_LIKE.match(parser.rawdata):
            parser.rawdata = ""
        parser.close()
    except Exception:  # html.parser is lenient; this is the last line of defence
        pass
    return "".join(parser.parts)


def _tidy(raw: str) -> str:
    raw = _CONTROL.sub(" ", raw.replace(_PARA, "\n\n").replace(_LINE, "\n"))
    raw = raw.replace("\u00a0", " ").replace("\r", "\n")
    # Two line breaks or more make a paragraph; a single one (from <br> or a
    # hard-wrapped summary) is only a space.
    paragraphs = re.split(r"\n[^\S\n]*\n\s*", raw)
    out = []
    for para in paragraphs:
        line = _SPACES.sub(" ", para.replace("\n", " ")).strip()
        if line:
            out.append(line)
    return "\n\n".join(out)


def one_line(text: str | None) -> str:
    """A title: markup stripped, everything on one line."""
    return " ".join(html_to_text(text).split())
