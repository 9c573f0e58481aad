"""Caravans on the road (eval/dev321's register): migrants walking north, a caravan of
thousands and the children counted in it are people on the move, where migrants with no
cue of their own (rescued, on board) count as "other"."""

from __future__ import annotations

from .support import summary


def test_migrants_walking_north_are_on_the_move():
    assert summary("An estimated 7,000 migrants were walking north through Chiapas on Monday.") == [
        ("An estimated 7,000 migrants", "person", "displaced")
    ]


def test_a_caravan_of_thousands_and_the_children_in_it_are_displaced():
    found = summary(
        "Soldiers fired tear gas to break up a caravan of some 6,000 Hondurans near the "
        "border. UNICEF said it had counted about 900 children in the caravan."
    )
    assert ("some 6,000 Hondurans", "person", "displaced") in found
    assert ("about 900 children", "person", "displaced") in found


def test_migrants_with_no_cue_of_their_own_stay_other():
    assert summary("The coast guard said 73 migrants were on board the dinghy.") == [
        ("73 migrants", "person", "other")
    ]
