"""A bare number after a count of its sentence tells a part of it ("launched 25 drones and that
22 had been shot down") or its whole ("53,000 were still in the town, out of 60,000 before the
war"), or the same kind of count in a later clause, its noun left out ("recorded 181 killings,
while Indepaz counted 173"): it counts what that count counts. A ratio ("nine out of 10") is
no count."""

from __future__ import annotations

import pytest

from .support import summary


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The mayor said at least 40 houses were damaged and that six had collapsed.",
            [("at least 40 houses", "structure", "housing"), ("six", "structure", "housing")],
        ),
        (
            "The air force said Russia had launched 25 drones and that 22 had been shot down.",
            [("25 drones", "other", "other"), ("22", "other", "other")],
        ),
        (
            "About 53,000 people were still in the town in August, out of 60,000 before the war.",
            [("About 53,000 people", "person", "other"), ("60,000", "person", "other")],
        ),
    ],
)
def test_a_part_or_whole_after_a_count_counts_what_it_counts(text, want):
    assert summary(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "The monitors spoke to detainees; nine out of 10 described torture.",
        "Seven out of 10 refugees are women.",
    ],
)
def test_a_ratio_out_of_ten_is_no_count(text):
    assert [t for t, _, _ in summary(text)] == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The Ombudsman's Office recorded 181 killings last year, while the think tank "
            "Indepaz counted 173.",
            [("181 killings", "person", "killed"), ("173", "person", "killed")],
        ),
        (
            "One hospital has set up 120 beds, while another has added 60.",
            [("120 beds", "other", "capacity"), ("60", "other", "capacity")],
        ),
    ],
)
def test_a_bare_number_a_later_clause_counts_with_the_noun_left_out(text, want):
    assert summary(text) == want


def test_a_count_inside_a_phrase_lends_no_noun_to_a_later_clause():
    got = summary(
        "Bangladesh moved 2.4 million people into about 15,000 shelters, and India's West "
        "Bengal state evacuated about 500,000."
    )
    assert ("about 500,000", "person", "displaced") in got
