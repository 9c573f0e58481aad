"""A shelled frontier's own counts: the bunkers built for its families shelter them
(capacity), while a bare count of bunkers is a work of war; the villagers a state arms to
guard it are a force."""

from __future__ import annotations

import pytest

from .support import summary


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "The district administration said it had built 1,240 individual bunkers and 96 "
            "community bunkers in the border villages.",
            "1,240 individual bunkers",
        ),
        (
            "The district administration said it had built 1,240 individual bunkers and 96 "
            "community bunkers in the border villages.",
            "96 community bunkers",
        ),
    ],
)
def test_bunkers_built_for_a_frontiers_families_are_capacity(text, count):
    assert (count, "structure", "capacity") in summary(text)


def test_a_bare_count_of_bunkers_stays_a_work_of_war():
    assert ("six bunkers", "structure", "other") in summary(
        "Troops destroyed six bunkers used by the militants in the forest."
    )


def test_villagers_armed_to_guard_the_frontier_are_a_force():
    got = summary("The government has armed about 2,500 village defence guards in the hills.")
    assert ("about 2,500 village defence guards", "person", "combatants") in got
