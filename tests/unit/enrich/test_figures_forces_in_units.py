"""A force is counted in the units it is sent in: companies, columns, platoons and contingents
"of" a force are its combatants ("three companies of the Rapid Action Force", "55 columns of
soldiers"), as members of it are ("a dozen National Guard members", "members of the force").
Companies that are firms count nothing of the kind."""

from __future__ import annotations

import pytest

from .support import summary


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Three companies of the Rapid Action Force were rushed to the town.",
            [("Three companies", "other", "combatants")],
        ),
        (
            "The army said 55 columns of soldiers had been deployed.",
            [("55 columns", "other", "combatants")],
        ),
        (
            "Two more companies of the CRPF have been rushed to the district.",
            [("Two more companies", "other", "combatants")],
        ),
        (
            "The ministry will send 50 more companies of central armed police forces.",
            [("50 more companies", "other", "combatants")],
        ),
    ],
)
def test_units_of_a_force_are_its_combatants(text, want):
    assert summary(text) == want


def test_companies_that_are_firms_are_no_force():
    got = summary("About 130 Russian companies had been given leases.")
    assert [c for _, _, c in got] == ["other"]


def test_a_column_of_smoke_is_no_force():
    assert [c for _, _, c in summary("Ten columns of smoke rose over the city.")] == ["other"]
