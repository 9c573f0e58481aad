"""Page furniture: the links to other stories that feed bodies and scraped pages carry
inside an article's text ("Related: Junta airstrikes kill 12 in Sagaing monastery",
"Read more: ...", "ALSO READ: ..."). Their headlines are other stories' news, with other
stories' numbers and wars: `mask_furniture` blanks them with spaces, the length kept so
that every span stays valid, before the stages read the text.

A label counts where a line or a sentence starts, and the headline it introduces runs to
the end of its line. A text whose blocks were joined without line breaks gives no line
end near the label; the headline's own end is then unknown, and nothing is masked (the
article's next sentence may follow it on the same line). "Watch:" and "Listen:" are left
alone: they introduce the article's own video or audio as often as another story.
"""

from __future__ import annotations

import re

# A headline is shorter; a longer run to the line end holds the article's own text too.
_MAX_HEADLINE = 250
_LABEL = re.compile(
    r"(?:^|(?<=\n)|(?<=[.!?] )|(?<=[.!?][\"')] ))[ ]*"
    r"(?:related(?: coverage| news| posts| stories| articles| content| reading| links)?"
    r"|read(?: more| also| next)?|also read|also see|see also|more on this(?: story)?"
    r"|most (?:read|popular|viewed)|recommended(?: stories| reading)?|you may also like"
    r"|top stories|editor's picks)"
    r"[ ]*:",
    re.IGNORECASE,
)


def mask_furniture(text: str) -> str:
    """`text` with the headlines of related-story links replaced by spaces."""
    if ":" not in text:
        return text
    pieces: list[str] = []
    done = 0
    for m in _LABEL.finditer(text):
        if m.start() < done:
            continue
        end = text.find("\n", m.end())
        if end == -1:
            end = len(text)
        if end - m.end() > _MAX_HEADLINE:
            continue
        pieces += [text[done : m.start()], " " * (end - m.start())]
        done = end
    if not pieces:
        return text
    pieces.append(text[done:])
    return "".join(pieces)
