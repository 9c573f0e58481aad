"""Where a figure's stretch of its sentence ends: the words in which it looks for the
event that happened to what it counts (context.py weighs the cues found there)."""

from __future__ import annotations

from .candidates import Cand
from .tokens import Tokens

_PP = frozenset({"from", "of", "in", "across"})


def stretch_end(tk: Tokens, cands: list[Cand], idx: int) -> int:
    """Where a figure's stretch of the sentence ends: at the next figure, unless that one
    only says where the first came from ("3,400 people from 11 villages are camped
    outside Ouallam") or names a part of it in an aside ("223 villagers, including 56
    children, were executed"): then the verb after it is the first figure's too."""
    low = tk.low
    nxt = idx + 1
    while nxt < len(cands):
        start, end = cands[nxt].start, cands[nxt].end
        origin = start - cands[nxt - 1].end == 1 and low[start - 1] in _PP
        # "223 villagers, including 56 children, were executed": an aside naming a part
        part = (
            start - cands[nxt - 1].end == 2
            and low[start - 2 : start] == [",", "including"]
            and end < tk.n
            and low[end] == ","
        ) or _of_them_aside(tk, cands[nxt - 1].end, cands[nxt])
        if not (origin or part):
            return start
        nxt += 1
    return tk.n


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
