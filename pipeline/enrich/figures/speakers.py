"""Speakers who count themselves: "We were 43 in the boat", "there were about 110 of us
on the shift". People, whatever befell them."""

from __future__ import annotations

from .candidates import Cand
from .tokens import Tokens

_WHERE = frozenset({"in", "on", "at", "inside", "aboard"})
_PLACES_WE_WERE = frozenset(
    {"boat", "boats", "dinghy", "canoe", "cayuco", "truck", "lorry", "car", "bus", "van",
     "pickup", "minibus", "room", "tent", "camp", "shift", "house", "hold", "cell", "cells",
     "hangar", "centre", "center", "shelter", "container", "hall", "basement", "bunker",
     "group", "convoy", "raft", "cabin", "deck", "mine", "compound", "warehouse"}
)  # fmt: skip
_WE_WERE = (["we", "were"], ["we", "are"], ["there", "were"], ["there", "are"])


def speakers_counted(tk: Tokens, cand: Cand) -> bool:
    """'We were 43 in the boat', 'there were about 110 of us': a count of the speakers (not
    'we were 17 when', an age as often as a count, nor 'there were 40' of anything)."""
    before = tk.low[cand.start - 2 : cand.start]
    if before not in _WE_WERE or cand.follow not in ("prep", "end", "of_pronoun"):
        return False
    after = tk.low[cand.end : cand.end + 2]
    if before[0] == "there" or cand.follow == "of_pronoun":
        return after == ["of", "us"]
    # where they were ("in the boat", "on the shift"), not an age: "we were 19 and
    # terrified", "we were 17 in 1994", "20 at the time", "16 at school", "19 in Mosul"
    if not after or after[0] not in _WHERE:
        return False
    return not _PLACES_WE_WERE.isdisjoint(tk.low[cand.end + 1 : cand.end + 4])
