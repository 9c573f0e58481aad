"""Projection: a figure that has not happened yet ("expected", "could", "to eventually")."""

from __future__ import annotations

from .rules import RULES
from .tokens import CLAUSE_BREAKS, Tokens

PROJ_BEFORE = 6
PROJ_AFTER = 4
_MODALS = frozenset({"could", "may", "might", "would", "will"})
_NEEDS = frozenset({"needs", "need", "needed"})
_PURPOSE = frozenset({"to help", "to assist", "to support"})
_CLAUSE_WORDS = frozenset({"but", "while", "whereas", "although", "though", "after", "before"})
_SHARED_REACH = 8  # tokens between two coordinated figures
_LINKING = frozenset({"and", "plus", "for"})  # "... and 1,718", "in exchange for 150"
# words that give the later count a clause or a governor of its own
_OWN_CLAUSE = frozenset(
    {"that", "said", "says", "had", "has", "have", "was", "were", "is", "are", "already", "from"}
)


def _clause_stop(tk: Tokens, k: int) -> bool:
    w = tk.low[k]
    return w in CLAUSE_BREAKS or w in _CLAUSE_WORDS


def projected(tk: Tokens, span: tuple[int, int, int, int]) -> bool:
    lo, start, end, hi = span
    low = tk.low
    # before: walk back over at most PROJ_BEFORE tokens within the clause
    k = start - 1
    steps = 0
    while k >= lo and steps < PROJ_BEFORE:
        if _clause_stop(tk, k) or (low[k] == "," and steps > 1):
            break
        if low[k] == "and" and k > 0 and low[k - 1] == ",":
            break  # "sent 7,500 soldiers to help clear mud, and 120,000 cars were written off"
        hit = RULES.projection_before.match_ending_at(low, k)
        month = hit is not None and hit[1] == "may" and tk.cap(k) and k > 0  # "in May"
        # "the needs of 2.1 million people": a noun, not a need still to be met
        noun = hit is not None and hit[1] in _NEEDS and k + 1 < tk.n and low[k + 1] == "of"
        # "to help about 450,000 people" is the help planned; not "to help clear mud" or
        # "to assist half of the 910,000 refugees", a population that is already there
        far = hit is not None and hit[1] in _PURPOSE and k != start - 1
        if noun:
            break  # the people whose needs are met are there: "must meet the needs of 2,100"
        if hit is not None and not (month or far) and not _modal_perfect(tk, k, hit[1]):
            return True
        k -= 1
        steps += 1
    k = end
    steps = 0
    while k < hi and steps < PROJ_AFTER:
        if _clause_stop(tk, k) or low[k] == ",":
            break
        hit = RULES.projection_after.match_at(low, k)
        # "hit three power stations in May": the month, not the modal
        month = hit is not None and hit[1] == "may" and tk.cap(k) and low[k - 1] == "in"
        if hit is not None and not month and not _modal_perfect(tk, k + hit[0] - 1, hit[1]):
            return True
        k += 1
        steps += 1
    return False


def shares_projection(tk: Tokens, a: int, b: int) -> bool:
    """The figure at token `b` is coordinated with the one ending at token `a`, in the same
    clause, and so shares its verb and whether it is still to come: "Israel will free 250
    prisoners serving life sentences and 1,718 Gazans", "50 women and children are to be
    released in exchange for 150 Palestinian women"; not after a comma ("sent 7,500 soldiers
    to help, and 120,000 cars were written off")."""
    between = tk.low[a:b]
    if not 0 < len(between) <= _SHARED_REACH or between[-1] not in _LINKING:
        return False
    if any(_clause_stop(tk, k) for k in range(a, b)):
        return False
    # a verb or a clause of its own between them ends the shared one: "called for 50,000
    # volunteers and said more than 90,000 signed up", "would leave by December and that 13
    # camps had", "from Pokrovsk and 10 nearby villages"
    return "," not in between and _OWN_CLAUSE.isdisjoint(between)


def _modal_perfect(tk: Tokens, k: int, phrase: str) -> bool:
    """'may have been killed' is past, not projected."""
    return phrase in _MODALS and k + 1 < tk.n and tk.low[k + 1] in {"have", "'ve"}
