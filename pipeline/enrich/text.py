"""Length-preserving normalisation and sentence splitting.

Every later stage reports character spans into the original article text, so
normalisation here never changes the length of the string: it only maps
characters one to one (curly quotes to straight, odd spaces to a space, dashes
to '-').
"""

from __future__ import annotations

import re
from typing import NamedTuple

_CHAR_MAP = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2033": '"',
        "\u00a0": " ",
        "\u2007": " ",
        "\u2009": " ",
        "\u200a": " ",
        "\u202f": " ",
        "\u2002": " ",
        "\u2003": " ",
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2015": "-",
        "\u2212": "-",
        "\t": " ",
        "\r": "\n",
        "\u2028": "\n",
        "\u2029": "\n",
    }
)


_MAPPED = re.compile("[" + "".join(re.escape(chr(c)) for c in _CHAR_MAP) + "]")


def normalise(text: str) -> str:
    """Map typographic variants to ASCII, one character for one, so spans stay valid."""
    # str.translate looks every character up in a dict (over 100 us per 3 KB);
    # a character-class scan that maps only the hits is several times faster.
    if text.isascii() and "\t" not in text and "\r" not in text:
        return text
    return _MAPPED.sub(lambda m: _CHAR_MAP[ord(m.group())], text)


class Sentence(NamedTuple):
    """One sentence: its offsets into the field and its text (immutable)."""

    start: int
    end: int
    text: str


# Abbreviations after which a full stop does not end a sentence.
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen lt col maj capt sgt cpl pte adm cmdr gov sen rep rev st
    jr sr inc ltd co corp no vs etc approx est dept univ fig jan feb mar apr jun jul aug
    sep sept oct nov dec mt ft u.s u.k u.n e.g i.e a.m p.m""".split()
)
# A boundary: end punctuation (with closing quotes or brackets, then space before
# a capital or digit), a blank line, or a line break before more text. Every
# alternative starts with one of [.!?\n], so the regex engine skips ahead with a
# character-set scan instead of trying each position (eight times faster).
_BOUNDARY = re.compile(
    r"[.!?\n](?:(?<=[.!?])[.!?]*([\"')\]]*)(\s+)(?=[\"'(\[]?[A-Z0-9])"
    r"|(?<=\n)(?:\s*\n|(?=\s*\S)))"
)
_WORD_BEFORE = re.compile(r"([A-Za-z.]+)$")
_new = tuple.__new__


def split_sentences(text: str) -> list[Sentence]:
    """Split text into sentences with character offsets into `text`.

    Line breaks end a sentence too: feed bodies put headlines, captions and
    list items on lines of their own, without a full stop.
    """
    sentences: list[Sentence] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        stop, after = match.span()
        if text[stop] != "\n":
            # an abbreviation ends no sentence, unless a line break follows it ("at 4 a.m.
            # <new paragraph>"): feed bodies end paragraphs on one as often as not
            if _abbreviation(text, stop) and "\n" not in match.group(2):
                continue
            end = match.end(1)
        else:
            end = stop
        _append(sentences, text, start, end)
        start = after
    _append(sentences, text, start, len(text))
    return sentences


def _abbreviation(text: str, stop: int) -> bool:
    """Whether the word before the full stop at `stop` is an abbreviation or initial.

    The word is the run of ASCII letters and points before `stop`, looked at
    within 12 characters (a longer word is no abbreviation anyway). It never
    ends with a point: the boundary match would have started there instead.
    """
    # Fast path: a run of plain letters after a space (or the text start).
    tail = text[stop - 7 if stop > 7 else 0 : stop].rpartition(" ")[2]
    if tail.isascii() and tail.isalpha():
        if len(tail) == 7:
            return False  # seven letters or more: longer than any abbreviation
        word = tail.lower()
    else:
        before = _WORD_BEFORE.search(text, max(0, stop - 12), stop)
        if before is None:
            return False
        at = before.start(1)
        if at > 0 and (text[at - 1].isdigit() or text[at - 1] == "/"):
            # "the 1980s.", "in his 40s.": a number's ending; "210 km/h.": a unit's
            return False
        word = before.group(1).lower().rstrip(".")
    if len(word) == 1 and word.isalpha():
        k = stop - 2
        while k >= 0 and text[k] == " ":
            k -= 1
        # after a number or a degree sign the letter is a unit or a compass point, not an
        # initial: "fall to minus 7 C. The cluster counts", "at 168.31°E. The office said"
        return not (k >= 0 and (text[k].isdigit() or text[k] == "\u00b0"))
    return word in _ABBREVIATIONS


# The longest sentence of the labelled sets runs to 457 characters. A longer run is a
# table or a list flattened into one line ("1 people fled and 2 people fled and ..."):
# the figure stage's work on a sentence grows with the square of its numbers, so a run-on
# is cut at a clause break or an "and" (else a space) before this many characters.
RUN_ON = 1000


def _append(out: list[Sentence], text: str, start: int, end: int) -> None:
    chunk = text[start:end]
    if not chunk:
        return
    if chunk[0].isspace() or chunk[-1].isspace():
        stripped = chunk.strip()
        if not stripped:
            return
        start += len(chunk) - len(chunk.lstrip())
        end = start + len(stripped)
        chunk = stripped
    while len(chunk) > RUN_ON:
        head = chunk[:RUN_ON]
        cut = max(head.rfind("; "), head.rfind(", "), head.rfind(" and ")) + 1
        if cut <= RUN_ON // 2:
            cut = head.rfind(" ") + 1 or RUN_ON
        piece, rest = chunk[:cut].rstrip(), chunk[cut:]
        out.append(_new(Sentence, (start, start + len(piece), piece)))
        start += len(chunk) - len(rest.lstrip())
        chunk = rest.lstrip()
    if chunk:
        out.append(_new(Sentence, (start, start + len(chunk), chunk)))
