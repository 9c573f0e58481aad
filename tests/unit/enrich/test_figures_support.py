"""An agency's support before a count is aid to it ("had supported some 4,500 families",
"currently reaches 3.2 million people"); support after a count, or "supported by", gives
nothing ("300 fighters supported by drones", "firefighters, supported by 10 aircraft").
People left without shelter are homeless, without power still civilians."""

from __future__ import annotations

import pytest

from .support import summary


@pytest.mark.parametrize(
    "text",
    [
        "The union said it had supported some 4,500 families since October.",
        "The agency had been reaching 3.2 million people a month, it said.",
        "The charity is supporting 1,200 households with cash.",
    ],
)
def test_support_before_a_count_is_aid(text):
    assert [c for _, _, c in summary(text)] == ["aid"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("About 300 fighters supported by drones attacked the town.", "combatants"),
        ("More than 260 firefighters, supported by 10 aircraft, fought the fire.", "other"),
    ],
)
def test_support_after_a_count_or_by_others_gives_nothing(text, want):
    assert all(c != "aid" for _, _, c in summary(text))
    assert want in [c for _, _, c in summary(text)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("At least 2,000 people were left without shelter, according to the HRCP.", "displaced"),
        ("About 12,000 people are left without a roof after the quake.", "displaced"),
        ("About 50,000 people were left without power.", "civilians"),
    ],
)
def test_left_without_a_roof_is_homeless_and_without_power_stays_civilians(text, want):
    assert [c for _, _, c in summary(text)] == [want]


def test_a_toll_that_reaches_a_number_is_still_the_dead():
    assert [c for _, _, c in summary("The death toll now reaches 1,200, the ministry said.")] == [
        "killed"
    ]
