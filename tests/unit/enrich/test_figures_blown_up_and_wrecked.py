"""Buildings blown up, dynamited, gutted, burned down, wrecked or ransacked are housing lost,
as the burned and the destroyed are: schools, shops, offices, places of worship."""

from __future__ import annotations

import pytest

from .support import summary


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Militants blew up two girls' schools in North Waziristan overnight, police said.",
            [("two girls' schools", "structure", "housing")],
        ),
        ("Four cell blocks were dynamited.", [("Four cell blocks", "structure", "housing")]),
        (
            "Looters wrecked more than 300 shops in the old market.",
            [("more than 300 shops", "structure", "housing")],
        ),
        (
            "Seventeen offices were ransacked by the crowd.",
            [("Seventeen offices", "structure", "housing")],
        ),
    ],
)
def test_buildings_blown_up_or_wrecked_are_housing_lost(text, want):
    assert summary(text) == want


def test_a_built_school_is_no_loss():
    got = summary("The city has opened five new schools this year.")
    assert [c for _, _, c in got] != ["housing"]
