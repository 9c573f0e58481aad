"""From the sport-in-wartime set: the sport desk's people, clubs and grounds are counted
("more than 500 athletes have been killed", "at least 14 clubs had moved abroad", "12
football pitches"), but not a train's coaches as people nor a pitcher's pitches."""

from __future__ import annotations

import pytest

from .support import summary


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The ministry said more than 500 athletes have been killed since the invasion.",
            [("more than 500 athletes", "person", "killed")],
        ),
        (
            "The association said around 150 players had been called up as reservists.",
            [("around 150 players", "person", "combatants")],
        ),
        (
            "The team travels with 12 bodyguards, officials said.",
            [("12 bodyguards", "person", "other")],
        ),
        (
            "At least 12 football pitches are now used by gangs as bases, a mayor said.",
            [("At least 12 football pitches", "other", "other")],
        ),
        (
            "Nine coaches of the train derailed near the station, a railway official said.",
            [("Nine coaches", "other", "other")],
        ),
        ("The starting pitcher threw 112 pitches over seven innings.", []),
    ],
)
def test_the_sport_desks_counts(text, want):
    assert summary(text) == want
