"""Tallies: a number that a tally word names ("the death toll has risen to 63",
"the number of refugees reached 1.2 million", "the IDP caseload stands at 1.2 million")."""

from __future__ import annotations

from .context import Cue
from .rules import RULES
from .tokens import Tokens

_TALLY_WORDS = frozenset(
    {"toll", "tally", "number", "total", "count", "figure", "numbers", "caseload", "population",
     "displacement", "arrivals", "returns", "deaths"}
)  # fmt: skip
_TALLY_LINKS = frozenset(
    {"to", "at", "of", "reached", "hit", "topped", "passed", "exceeded", "surpassed", "is", "was",
     "stood", "stands", "now", "climbed", "rose", "risen", "jumped", "increased", "reach",
     "reaching", "reaches", "hits", "tops", "stand", "remains", "remained", "are", "were",
     "swelled", "swollen", "grown", "grew", "doubled", "tripled", "fell", "dropped", "declined"}
)  # fmt: skip


def tally(
    tk: Tokens,
    cues: list[Cue],
    span: tuple[int, int, int, int],
    previous: tuple[str, str] | None = None,
) -> tuple[str, str] | None:
    """'the death toll has risen to 63', 'the number of refugees reached 1.2 million'."""
    lo, start, _, _ = span
    low = tk.low
    k = start - 1
    if k < lo or low[k] not in _TALLY_LINKS:
        return None
    stop = max(lo, start - 20)
    while k >= stop and low[k] not in _TALLY_WORDS:
        if low[k] in {";", ":", "("}:
            return None
        k -= 1
    if k < stop:
        return None
    unit = "person"
    if k + 2 < start and low[k + 1] == "of":
        hit = RULES.nouns.match_at(low, k + 2)
        if hit is not None:
            unit = hit[1][0]
    categories = [c.category for c in cues if k - 1 <= c.i < start and c.category != "other"]
    categories = [c for c in categories if unit in RULES.cue_units.get(c, ())]
    if categories:
        return unit, categories[0]
    if low[k] == "toll":
        return unit, "killed"
    if previous is not None and previous[0] == unit and low[k] in {"total", "number"}:
        return previous  # "..., bringing the total held to 23"
    return None
