"""Page furniture: the links to other stories that feed bodies and scraped pages carry
inside an article's text ("Related: Junta airstrikes kill 12 in Sagaing monastery",
"Read more: ...", "ALSO READ: ..."). Their headlines are other stories' news, with other
stories' numbers and wars: `mask_furniture` blanks them with spaces, the length kept so
that every span stays valid, before the stages read the text.

A label ("Related:", "READ ALSO |") counts where a line or a sentence starts, and the
headline it introduces runs to the end of its line, or to the first sentence end inside
it, after which the article's own text goes on. A run that ends as a reported sentence
("..., police said.") is the article's own, and so is what follows "Top stories:", "Watch:"
or "Listen:" (a digest's items, the article's own video). A text whose blocks were joined
without line breaks gives no line end near the label; the headline's own end is then
unknown, and nothing is masked. A label alone on its line is left too: blanking it would
take a unit from the article.
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
    r"|editor's picks)"
    r"[ ]*(?::|\||-(?= ))",
    re.IGNORECASE,
)
# the end of a sentence inside the run: the article's own text goes on after it
_SENTENCE_END = re.compile(r"[.!?][\"')]? (?=[A-Z\"'])")
# a run that ends as a sentence and reports is the article's own ("... police said.")
_REPORTED = re.compile(r"\b(?:said|says|told|according to)\b")


def mask_furniture(text: str) -> str:
    """`text` with the headlines of related-story links replaced by spaces."""
    if ":" not in text and "|" not in text and "- " not in text:
        return text
    pieces: list[str] = []
    done = 0
    for m in _LABEL.finditer(text):
        if m.start() < done:
            continue
        end = text.find("\n", m.end())
        if end == -1:
            end = len(text)
        run = text[m.end() : end].rstrip()
        if not run.strip() or end - m.end() > _MAX_HEADLINE:
            continue  # a bare label masks nothing: its line still counts as a unit
        if run[-1] in ".!?\"')":
            inner = _SENTENCE_END.search(run)
            if inner is not None:
                end = m.end() + inner.start() + 1  # "Read more: X. The government said ..."
            elif _REPORTED.search(run):
                continue  # "Top stories: Gunmen killed 40 soldiers, security sources said."
        pieces += [text[done : m.start()], " " * (end - m.start())]
        done = end
    if not pieces:
        return text
    pieces.append(text[done:])
    return "".join(pieces)
