"""The numbers of protests, riots and crackdowns: what a riot burns (metro and petrol
stations, bus stops, factories), tear gas canisters fired, aides and growers killed, and a
count after "the city of Mombasa", whose name is no label of the count."""

from __future__ import annotations

import pytest

from .support import sourced


@pytest.mark.parametrize(
    ("text", "span", "category"),
    [
        ("The unrest has left 118 metro stations damaged.", "118 metro stations", "housing"),
        (
            "Rioters torched a supermarket and three petrol stations.",
            "three petrol stations",
            "housing",
        ),
        (
            "Police said nine bus stops had been damaged in the capital.",
            "nine bus stops",
            "housing",
        ),
        ("Police fired 150 canisters of tear gas at the crowd.", "150 canisters", "other"),
        (
            "He left after two of his aides were shot dead in their car.",
            "two of his aides",
            "killed",
        ),
        (
            "Five days earlier, nine coca growers were killed in Sacaba.",
            "nine coca growers",
            "killed",
        ),
        ("In the coastal city of Mombasa two people were shot dead.", "two people", "killed"),
    ],
)
def test_what_the_unrest_desk_counts(text, span, category):
    assert (span, category) in [(f[0], f[1]) for f in sourced(text)]


def test_a_name_before_a_count_after_no_place_noun_is_still_a_label():
    assert sourced("Officials of Resolution 2334 met.") == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Doctors said they had treated at least 115 people.", "at least 115 people"),
        ("The Red Cross said it had treated 238 people at the scene.", "238 people"),
        ("The minister said 128 people were admitted to hospitals in the capital.", "128 people"),
    ],
)
def test_a_medics_count_of_the_treated_is_of_the_hurt(text, span):
    assert (span, "injured") in [(f[0], f[1]) for f in sourced(text)]
