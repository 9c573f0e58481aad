"""Who did it: a count of armed men that is the subject of an active verb of violence
("About 20 gunmen killed five villagers", "hundreds of militants ambushed a patrol", "about
a dozen armed men had seized the dhow") counts the attackers, not their victims. The verb
after a count is its fate only in the passive ("20 gunmen were killed") or with no object
("12 soldiers died")."""

from __future__ import annotations

from .candidates import Cand
from .tokens import Tokens

_VIOLENT_VERBS = frozenset(
    {"killed", "shot", "attacked", "stormed", "abducted", "kidnapped", "seized", "raided",
     "ambushed", "burned", "torched", "overran", "captured", "bombed", "shelled", "looted",
     "wounded", "injured", "massacred", "executed", "beheaded", "struck", "hit", "fired",
     "opened", "took", "surrounded", "besieged", "invaded", "overwhelmed", "stabbed"}
)  # fmt: skip
_PERFECT = frozenset({"had", "have", "has"})
# what starts the object of an active verb: "killed at least 18 people", "ambushed a patrol",
# "attacked Kolofata" (not "1,500 terrorists killed over the same period")
_OBJECT_STARTS = frozenset(
    {"the", "a", "an", "their", "his", "her", "its", "our", "several", "dozens", "hundreds",
     "scores", "thousands", "many", "more", "about", "some", "nearly", "almost", "around",
     "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "civilians",
     "villagers", "soldiers", "police", "people", "residents", "worshippers", "passengers"}
)  # fmt: skip
_COUNTED = (["at", "least"], ["up", "to"], ["more", "than"])


def attackers(tk: Tokens, cand: Cand) -> bool:
    """The count is the subject of an active verb of violence with an object after it."""
    low = tk.low
    k = cand.end
    if k < tk.n and low[k] in _PERFECT:
        k += 1
    if k + 1 >= tk.n or low[k] not in _VIOLENT_VERBS:
        return False
    nxt = low[k + 1]
    if low[k + 1 : k + 3] in _COUNTED or nxt[0].isdigit():
        return True
    if nxt == "over":
        return k + 2 < tk.n and low[k + 2][0].isdigit()
    return nxt in _OBJECT_STARTS or (tk.cap(k + 1) and nxt.isalpha())
