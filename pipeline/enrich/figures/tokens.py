"""Tokens of one sentence, with offsets into the field they came from."""

from __future__ import annotations

import re
from itertools import accumulate

# Numbers keep their commas, points, colons and slashes ("5,000", "1.5", "10:30",
# "3/4/2016"); words keep inner hyphens and apostrophes ("asylum-seekers",
# "twenty-five", "o'clock") and the digits after their letters ("M23", "R4V", "G7": a name,
# never a count); anything else is a one-character token.
_TOKEN = re.compile(
    r"(?=\S)(?:[a-z]+(?:[0-9][a-z0-9]*\b|(?:[-'][a-z]+)*(?![^\W\d_]|[-'][^\W\d_]))"
    r"|[0-9]+(?:[.,:/][0-9]+)*"
    r"|[^\W\d_]+(?:[-'][^\W\d_]+)*|\S)"
)  # ASCII words first: about twice as fast; a word that goes on in other letters
# ("burkinabè", "cúcuta", "ouham-pendé") falls through to the general form. The first lookahead
# skips spaces before trying the alternatives (every token starts with one)

# Splitting on the tokens as a group gives [gap, token, gap, ..., token, gap]: the running
# sum of their lengths are the tokens' offsets, with no match object made per token.
_SPLIT = re.compile(f"({_TOKEN.pattern})")

CLAUSE_BREAKS = frozenset({";", ":", "(", ")", '"', "?", "!"})
WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
# the dashes a dateline, a headline's closing source or an aside stand after, as tokens
DASHES = frozenset({"-", "--", "\u2013", "\u2014"})


def lower_same_length(text: str) -> str:
    """text.lower(), one character for one (a few letters, like 'İ', lower to two)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


_NAME_ARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ul", "ud"})


class Tokens:
    """Tokens of `text[start:end]`: parallel lists of offsets and lowercase forms.

    `field_low` is `field_text.lower()` when it has the same length (computed
    once per field by the caller); capitals are read from `field_text` on demand.
    """

    __slots__ = ("_title_case", "ends", "field_text", "low", "n", "starts")

    def __init__(self, field_text: str, start: int, end: int, field_low: str | None = None) -> None:
        self.field_text = field_text
        if field_low is None or len(field_low) != len(field_text):
            low = lower_same_length(field_text[start:end])
        else:
            low = field_low[start:end]  # the regex looks back only inside a token: slicing is safe
        parts = _SPLIT.split(low)
        offsets = list(accumulate(map(len, parts), initial=start))
        self.starts = offsets[1:-1:2]
        self.ends = offsets[2::2]
        self.low = parts[1::2]
        self.n = len(self.low)
        self._title_case: bool | None = None

    def cap(self, i: int) -> bool:
        start = self.starts[i]
        if self.field_text[start].isupper():
            return True
        # a name after its article: "Tariq al-Kharraz", "Abdel Fattah el-Sisi"
        w = self.low[i]
        h = w.find("-", 1, 4)
        return (
            h > 0
            and w[:h] in _NAME_ARTICLES
            and self.field_text[start + h + 1 : start + h + 2].isupper()
        )

    @property
    def title_case(self) -> bool:
        if self._title_case is None:
            text = self.field_text
            # capitalised or not, for each word longer than three letters
            caps = [
                text[s].isupper()
                for w, s in zip(self.low, self.starts, strict=True)
                if len(w) > 3 and w.isalpha()
            ]
            self._title_case = len(caps) >= 3 and sum(caps) >= 0.7 * len(caps)
        return self._title_case

    def glued(self, i: int) -> bool:
        """Token i touches token i - 1 (no space between them)."""
        return 0 < i < self.n and self.starts[i] == self.ends[i - 1]

    def text(self, i: int, j: int) -> str:
        """The field text covered by tokens i..j-1."""
        return self.field_text[self.starts[i] : self.ends[j - 1]]

    def is_word(self, i: int) -> bool:
        return 0 <= i < self.n and self.low[i][0].isalpha()

    def proper(self, i: int) -> bool:
        """A capitalised word that is not just capitalised by position or title case."""
        if not (0 <= i < self.n) or not self.low[i][0].isalpha() or not self.cap(i):
            return False
        if self.title_case:
            return self.text(i, i + 1).isupper() and len(self.low[i]) > 1
        return i > 0 and self.low[i - 1] not in {'"', "(", "-", ":"}
