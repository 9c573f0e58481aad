"""Counts told in parallel clauses, their noun or their verb said once: "the Ombudsman's
Office recorded 181 killings, while Indepaz counted 173", "265 of the dead were nationals and
15 were international staff". A bare number there counts what the count before it counts."""

from __future__ import annotations

from .candidates import Cand
from .rules import RULES
from .tallies import IN_A_PHRASE
from .tokens import Tokens

# a clause after a count whose verb takes a bare number, the noun left out: "the Ombudsman's
# Office recorded 181 killings, while Indepaz counted 173", "a ward of 120 beds, while
# Benazir Bhutto Hospital has added 60"
_CLAUSE_LINKS = frozenset({",", "while", "whereas", "but", "and", ";"})
_INSIDE_PHRASE = IN_A_PHRASE | {"of"}
_BARE_VERBS = frozenset(
    {"took", "gave", "put", "holds", "hold", "has", "had", "saw", "got", "kept"}
)


def elided_object(tk: Tokens, before: Cand, cand: Cand) -> bool:
    """A bare number at its clause's end after a verb, in a clause after a count with a
    noun: it counts what that count counts."""
    low = tk.low
    if cand.noun is not None or before.noun is None or cand.start - before.end > 15:
        return False
    if before.start > 0 and low[before.start - 1] in _INSIDE_PHRASE:
        return False  # "moved 2.4 million people into 15,000 shelters, and India evacuated"
    if (cand.end < tk.n and low[cand.end] not in (".", ",", ";")) or cand.start < 1:
        return False
    word = low[cand.start - 1]
    verb = word.isalpha() and (
        word.endswith(("ed", "es", "ts", "ds", "ns", "rs")) or word in _BARE_VERBS
    )
    return verb and not _CLAUSE_LINKS.isdisjoint(low[before.end : cand.start - 1])


_COPULAS = frozenset({"were", "was", "are", "is", "had", "have"})


def parallel_clause(tk: Tokens, before: Cand, cand: Cand) -> bool:
    """'29,012 were men and 4,263 were women', '265 of the dead were nationals and 15 were
    international staff': a bare count after "and" with the count before's verb."""
    low = tk.low
    return (
        cand.noun is None
        and 0 < cand.start - before.end <= 10
        and low[cand.start - 1] == "and"
        and cand.end < tk.n
        and before.end < tk.n
        and low[cand.end] in _COPULAS
        and low[cand.end] == low[before.end]
        # who they were, not what befell them: "30 were killed and 12 were injured", "and
        # 500,000 are living in Zamzam camp", "and 96 had been discharged"
        and cand.end + 1 < tk.n
        and not low[cand.end + 1].endswith(("ed", "ing", "en"))
        and not any(RULES.cues.match_at(low, k) for k in range(cand.end + 1, cand.end + 4))
    )
