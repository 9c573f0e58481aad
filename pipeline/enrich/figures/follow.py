"""What comes right after a number with no noun: it decides whether an implicit noun is
possible ("another 1,000 waiting", "45 were killed") or not ("two countries", "five points").
"""

from __future__ import annotations

from .nouns import OF_PRONOUNS, PREPOSITIONS, VERBS
from .rules import RULES
from .tokens import WEEKDAYS, Tokens

_RATE = frozenset({"a", "per", "each", "every"})
_PERIODS = frozenset({"day", "week", "month", "year", "night"})
_ADVERBS = frozenset(
    {"still", "now", "already", "also", "reportedly", "currently", "remain", "soon", "shortly",
     "completely", "partly", "partially", "initially", "previously", "officially", "later",
     "eventually", "subsequently", "finally", "allegedly", "apparently"}
)  # fmt: skip
# a time adverbial after the number ends its phrase as a preposition would: "the toll rose
# to 63 yesterday", "reached 1.2 million last year"
# ... and so does a place adverb: "1,240 in the capital, and more than 3,000 nationwide"
WIDE_PLACES = frozenset({"nationwide", "countrywide", "statewide", "elsewhere"})
_WHEN = (
    frozenset({"yesterday", "today", "overnight", "tonight", "worldwide", "abroad"}) | WIDE_PLACES
)
_DEICTIC = frozenset({"last", "this", "next"})
_EARLY_LATE = frozenset({"early", "late"})
# a clause after the number ends its phrase too: "could rise to 14 million if the port is shut"
_CLAUSE_OPENERS = frozenset({"if", "unless", "because", "until", "once", "although", "though"})
_TIMES = _PERIODS | WEEKDAYS | frozenset(
    {"weekend", "morning", "afternoon", "evening", "spring", "summer", "autumn", "fall",
     "winter", "january", "february", "march", "april", "may", "june", "july", "august",
     "september", "october", "november", "december"}
)  # fmt: skip


def rate_at(low: list[str], k: int, stop: int) -> bool:
    """A count's unit of time at token k, before `stop`: "a day", "per week"."""
    return k + 2 < stop and low[k] in _RATE and low[k + 1] in _PERIODS


def follow_class(tk: Tokens, k: int) -> str:
    """What comes right after a number with no noun.

    "end" (punctuation or the end), "verb", "prep", "of_pronoun", "more" or "word"
    (an unknown word, most likely a noun we do not count).
    """
    while k + 1 < tk.n and tk.low[k] in _ADVERBS:  # "3,400 still live in ..."
        k += 1
    if rate_at(tk.low, k, tk.n):
        k += 2  # "could reach 300 a day during ...": a rate, then the sentence goes on
    if k >= tk.n:
        return "end"
    w = tk.low[k]
    if not w[0].isalnum():
        return "end"
    if w in {"more", "others", "further"}:
        return "more"
    if w == "of":
        return "of_pronoun" if k + 1 < tk.n and tk.low[k + 1] in OF_PRONOUNS else "prep"
    if w in VERBS:
        return "verb"
    if w in PREPOSITIONS or w in _WHEN or w in _CLAUSE_OPENERS:
        return "prep"
    if w in _DEICTIC and k + 1 < tk.n and tk.low[k + 1] in _TIMES:
        return "prep"
    # "wounded 130 late on Tuesday", "killed 12 early this morning": a time, not a noun
    if (
        w in _EARLY_LATE
        and k + 1 < tk.n
        and (tk.low[k + 1] in PREPOSITIONS or tk.low[k + 1] in _DEICTIC or tk.low[k + 1] in _TIMES)
    ):
        return "prep"
    if tk.cap(k) and not tk.title_case:
        return "word"
    if w.endswith(("ed", "ing")) or w in RULES.cues:
        return "verb"
    return "word"


# how a sentence opens with a part of the count before it: "Of those, 170 were Palestinians"
_OF_THOSE = (["of", "those", ","], ["of", "them", ","], ["of", "these", ","])


def opens_sentence(low: list[str], start: int) -> bool:
    """The number at `start` opens its sentence, alone or after "Of those,"."""
    return start == 0 or low[:start] in _OF_THOSE
