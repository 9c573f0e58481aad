"""Tolls and tallies: buildings bombed or hit count as housing lost, and a verb that has
no passive ("died", "fled") after a count is its main verb, never a reduced relative."""

from __future__ import annotations

import pytest

from .support import summary


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The network said nine clinics had been bombed since March.",
            [("nine clinics", "structure", "housing")],
        ),
        (
            "More than 400 schools have been hit, the education cluster said.",
            [("More than 400 schools", "structure", "housing")],
        ),
        (
            "The doctors' union said 31 hospitals had been put out of service.",
            [("31 hospitals", "structure", "housing")],
        ),
        (
            "Overnight, 25 mosques were shelled, the ministry said.",
            [("25 mosques", "structure", "housing")],
        ),
    ],
)
def test_buildings_bombed_shelled_or_hit_are_housing_lost(text, expected):
    assert summary(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Three soldiers died during the exchange of fire, the army said.",
            [("Three soldiers", "person", "killed")],
        ),
        (
            "Some 40 policemen perished during the exchange of fire.",
            [("Some 40 policemen", "person", "killed")],
        ),
        (
            "About 120 families fled during the exchange of fire.",
            [("About 120 families", "household", "displaced")],
        ),
    ],
)
def test_a_verb_without_a_passive_after_a_count_is_its_own_event(text, expected):
    assert summary(text) == expected
