"""Where a figure's stretch of its sentence ends: the words in which it looks for the
event that happened to what it counts (context.py weighs the cues found there)."""

from __future__ import annotations

from .candidates import Cand
from .tokens import CLAUSE_BREAKS, Tokens

_PP = frozenset({"from", "of", "in", "across"})
_DETERMINERS = frozenset({"the", "its", "their", "these", "those"})
_WHOLE = frozenset({"them", "whom", "those"})  # "among them", the whole the part is of


def stretch_end(tk: Tokens, cands: list[Cand], idx: int) -> int:
    """Where a figure's stretch of the sentence ends: at the next figure, unless that one
    only says where the first came from ("3,400 people from 11 villages are camped
    outside Ouallam") or names a part of it in an aside ("223 villagers, including 56
    children, were executed", "11 villagers, among them two women, had been killed"): then
    the verb after it is the first figure's too."""
    low = tk.low
    nxt = idx + 1
    included = False  # the figure before is a part an "including" aside names
    while nxt < len(cands):
        start, end = cands[nxt].start, cands[nxt].end
        gap = start - cands[nxt - 1].end
        origin = (gap == 1 and low[start - 1] in _PP) or (
            # "about 4.4 million people in the two regions need ...": where they are
            gap == 2 and low[start - 2] in _PP and low[start - 1] in _DETERMINERS
        )
        # "223 villagers, including 56 children, were executed", "101 civilians, including
        # 17 children and a six-month-old baby, had been evacuated", "including 56 children
        # and 12 women,": an aside naming a part
        opens = gap == 2 and low[start - 2 : start] == [",", "including"]
        # "11 villagers, among them two women, had been killed": "among them" opens it too
        opens = opens or (
            gap == 3 and low[start - 3 : start - 1] == [",", "among"] and low[start - 1] in _WHOLE
        )
        listed = included and gap == 1 and low[start - 1] in ("and", "or")
        included = (opens or listed) and _closes_soon(tk, end)
        part = included or _of_them_aside(tk, cands[nxt - 1].end, cands[nxt])
        if not (origin or part):
            return start
        nxt += 1
    return tk.n


def _closes_soon(tk: Tokens, end: int) -> bool:
    """The aside's noun phrase ends at a comma right after the count or after a few more
    words of a list ("and a six-month-old baby,"), with no verb of its own."""
    low = tk.low
    if end < tk.n and low[end] == ",":
        return True
    if end >= tk.n or low[end] not in ("and", "or"):
        return False
    for k in range(end + 1, min(tk.n, end + 10)):
        if low[k] == ",":
            return True
        if low[k] in CLAUSE_BREAKS or low[k] in _CLAUSE_VERBS:
            return False
    return False


_OF_PRONOUN = frozenset({"them", "whom", "those"})


def _of_them_aside(tk: Tokens, after: int, cand: Cand) -> bool:
    """'700 residents, eighty of them children, were evacuated': an aside naming a part,
    closed by a comma within a few words."""
    low = tk.low
    k = cand.end
    if cand.start != after + 1 or low[after] != "," or k + 1 >= tk.n:
        return False
    if low[k] != "of" or low[k + 1] not in _OF_PRONOUN:
        return False
    words = low[k + 2 : k + 6]
    if "," not in words:
        return False
    # a noun phrase, not a clause of its own ("33 hostages, eight of whom were dead,")
    return not any(w in _CLAUSE_VERBS or w.endswith("ed") for w in words[: words.index(",")])


_CLAUSE_VERBS = frozenset({"were", "was", "are", "is", "had", "have", "has", "been", "dead"})
