"""A bare number set as a limit or a goal. A ceiling, cap or quota of admissions counts
the people a programme can take in, capacity ("set the refugee ceiling for fiscal 2026 at
7,500", "meeting the ceiling of 85,000", "capped sponsorship applications at 15,000"); a
troop ceiling counts a force. A target counts what the count before it counts
("152,000 volunteer soldiers, short of a target of 169,000")."""

from __future__ import annotations

from .candidates import Cand
from .filters import year_token
from .tokens import Tokens

_LIMITS = frozenset({"ceiling", "ceilings", "cap", "caps", "capped", "quota", "quotas"})
_TARGETS = frozenset({"target", "goal"})
# what joins a limit to its value: "ceiling of 85,000", "cap ... at 125,000", "cut the
# ceiling to 50,000", "the ceiling ... had been 125,000"
_VALUE_LINKS = frozenset({"of", "at", "to", "been", "was", "is", "be"})
# where the words between a limit and its value stop: another clause or another count
_STOPS = frozenset(
    {",", ";", ":", "(", ")", ".", "and", "but", "or", "while", "which", "who", "that",
     "after", "as", "because", "though", "although", "when", "where"}
)  # fmt: skip
_FORCES = frozenset(
    {"troop", "troops", "force", "forces", "personnel", "police", "military", "uniformed",
     "manpower", "army"}
)  # fmt: skip
# what a limit admits when it counts people
_ADMISSIONS = frozenset(
    {"refugee", "refugees", "admission", "admissions", "asylum", "resettlement", "intake",
     "arrivals", "humanitarian", "migrant", "migrants", "immigration", "visa", "visas",
     "evacuees", "sponsorship", "sponsorships", "places", "resettle", "admit", "admitted",
     "resettled", "people", "spectators", "visitors", "pilgrims", "fans"}
)  # fmt: skip
_REACH = 7  # tokens from a limit word to its value


def _limit_word(tk: Tokens, start: int) -> int | None:
    """The token of the ceiling, cap or quota that the bare number at `start` gives the value
    of."""
    low = tk.low
    if start < 2 or low[start - 1] not in _VALUE_LINKS:
        return None
    for k in range(start - 2, max(-1, start - 2 - _REACH), -1):
        w = low[k]
        if w in _LIMITS:
            return k
        if w in _STOPS or (w[0].isdigit() and not year_token(w)):
            return None
    return None


def limit_or_target(
    tk: Tokens, cand: Cand, prev: tuple[Cand, str, str] | None
) -> tuple[str, str] | None:
    """The unit and category of the bare count `cand` when it is a limit, a limit's old
    value ("cut the ceiling to 50,000 from the 110,000 set by ...") or a target (the count
    before it, `prev`, says what it counts); else None."""
    if prev is not None and _target_of(tk, cand.start):
        return prev[1], prev[2]
    if prev is not None and prev[2] == "capacity" and tk.low[prev[0].end : cand.start] == _FROM_THE:
        return prev[1], prev[2]
    return _limit_of(tk, cand.start)


_FROM_THE = ["from", "the"]


def _limit_of(tk: Tokens, start: int) -> tuple[str, str] | None:
    """The unit and category of a bare number a ceiling, cap or quota names: people it
    admits are capacity, a force's ceiling counts combatants; None for other limits
    ("a production quota of 400,000")."""
    k = _limit_word(tk, start)
    if k is None:
        return None
    low = tk.low
    if k > 0 and low[k - 1] in _FORCES:
        return "person", "combatants"  # "raised the troop ceiling to 17,000"
    if _ADMISSIONS.isdisjoint(low):
        return None
    return "person", "capacity"


def _target_of(tk: Tokens, start: int) -> bool:
    """The bare number at `start` is the target a count is measured against ("against a
    target of 5,000", "beyond the target of 156,500")."""
    return start > 1 and tk.low[start - 1] == "of" and tk.low[start - 2] in _TARGETS
