"""People counted by a noun no list holds: a fate only people meet, right after the noun
or right before the count, says who they are ("12 trekkers died", "300 commuters were
injured", "killing 40 herders"). The unlisted noun must be a plural word ("-s", "-men")."""

from __future__ import annotations

from .nouns import Noun
from .rules import RULES
from .tokens import Tokens

_AUX = frozenset(
    {"were", "was", "have", "had", "has", "been", "are", "is", "also", "reportedly", "later",
     "all", "still"}
)  # fmt: skip


def unlisted_people(tk: Tokens, start: int, k: int) -> Noun | None:
    """The noun at token k of a count starting at `start`, as people, when a person's
    fate follows it (through auxiliaries) or comes right before the count; else None."""
    low = tk.low
    w = low[k]
    if not (w.isalpha() and len(w) > 3 and w.endswith(("s", "men"))):
        return None
    m = k + 1
    while m < tk.n and m - k <= 3 and low[m] in _AUX:
        m += 1
    after = m < tk.n and low[m] in RULES.fates_after
    before = start > 0 and low[start - 1] in RULES.fates_before
    # "found the bodies of 11 ...": the dead
    before = before or (start > 1 and low[start - 1] == "of" and low[start - 2] == "bodies")
    if not (after or before):
        return None
    return Noun(k, k + 1, "person", "", tk.text(k, k + 1), (k, k))
