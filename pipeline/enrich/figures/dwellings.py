"""Tents, tukuls and huts: the homes of the displaced and the poor, counted like goods.
Destroyed, flooded, torn down or swept away, they are homes lost (housing): "about 600
tents were swept away", "flooded or tore down about 10,000 tents"; delivered, they stay
aid ("UNHCR delivered 500 tents")."""

from __future__ import annotations

from .candidates import Cand
from .rules import RULES, PhraseTable
from .tokens import Tokens

_REACH = 6  # words between the count and what ruined it
_BREAKS = frozenset({".", ";", ":", "but", "while", "whereas"})


def ruined_dwellings(tk: Tokens, cand: Cand) -> bool:
    """The count is of dwellings, and its clause tells them ruined."""
    noun = cand.noun
    if noun is None or tk.low[noun.j - 1] not in RULES.dwellings:
        return False
    return said_of(tk, cand, RULES.dwelling_ruin)


def said_of(tk: Tokens, cand: Cand, words: PhraseTable[str]) -> bool:
    """One of `words` within a few tokens of the count, on either side, in its clause."""
    before = range(cand.start - 1, max(-1, cand.start - 1 - _REACH), -1)
    after = range(cand.end, min(tk.n, cand.end + _REACH))
    return _said_in(tk, before, words) or _said_in(tk, after, words)


def _said_in(tk: Tokens, ks: range, words: PhraseTable[str]) -> bool:
    """One of `words` at one of the tokens `ks`, walking out from the count up to a clause
    break."""
    for k in ks:
        if tk.low[k] in _BREAKS:
            return False
        if words.match_at(tk.low, k) is not None:
            return True
    return False
