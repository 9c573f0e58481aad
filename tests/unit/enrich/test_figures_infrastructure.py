"""What a grid, a water system and a port are made of is counted as things ("other"), not
as housing, whatever befell it; people counted crossing a border are still people."""

from __future__ import annotations

import pytest

from .support import summary


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Drones damaged two substations in the Odesa region.", "two substations"),
        ("The attack damaged four thermal power plants run by DTEK.", "four thermal power plants"),
        ("Airstrikes on Hodeidah port destroyed four cranes.", "four cranes"),
        ("Coalition strikes destroyed all five bridges across the Euphrates.", "all five bridges"),
        ("Only five of the city's 13 water treatment plants work.", "13 water treatment plants"),
        ("Crews had a dozen working bulldozers left.", "a dozen working bulldozers"),
    ],
)
def test_infrastructure_hit_is_counted_as_things(text, span):
    got = [s for s in summary(text) if s[0].endswith(span.split()[-1])]
    assert got and got[0][1:] == ("other", "other"), summary(text)


def test_homes_hit_are_still_housing():
    assert summary("Shelling destroyed 40 homes in the village.")[0][1:] == ("structure", "housing")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people, households and customers cut off from power or water are affected
        (
            "The utility said about 3 million customers in Karachi lost power.",
            [("about 3 million customers", "person", "civilians")],
        ),
        (
            "DTEK said about 500,000 households in the capital had no electricity.",
            [("about 500,000 households", "household", "civilians")],
        ),
        (
            "Men blew up two electricity pylons, cutting power to about 1.5 million people.",
            [
                ("two electricity pylons", "other", "other"),
                ("about 1.5 million people", "person", "civilians"),
            ],
        ),
        # the parts of a grid and a network are counted
        (
            "Al-Shabaab fighters destroyed four telecommunications masts overnight.",
            [("four telecommunications masts", "other", "other")],
        ),
        (
            "The company said 74 towers had been vandalised this year.",
            [("74 towers", "other", "other")],
        ),
    ],
)
def test_a_grids_parts_and_the_people_cut_off_from_it(text, expected):
    assert summary(text) == expected
