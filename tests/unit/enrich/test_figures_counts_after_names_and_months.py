"""A count of people right after a month, a name or a label word is still a count: "In March two
women were found dead", "told Reuters two soldiers were missing", "the Armed Forces 14 people
died", "At the end of the year 1.1 million people were waiting". Days of a month, years and
the numbers of names stay out."""

from __future__ import annotations

import pytest

from .support import summary


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "In March two women were found dead in the bush near the camp.",
            [("two women", "person", "killed")],
        ),
        (
            "Police sources told Reuters two soldiers were missing after the blast.",
            [("two soldiers", "person", "missing")],
        ),
        (
            "In the shelling of Belgorod by the Ukrainian Armed Forces 14 people died.",
            [("14 people", "person", "killed")],
        ),
        (
            "Last January three children died of the cold, residents said.",
            [("three children", "person", "killed")],
        ),
    ],
)
def test_a_count_of_people_after_a_month_or_a_name_is_found(text, want):
    assert summary(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "On March 2 the army attacked the town.",
        "In March 2024 the war resumed.",
        "Resolution 2334 was adopted by the council.",
        "A Boeing 737 crew was killed in the crash.",
    ],
)
def test_days_years_and_numbered_names_stay_out(text):
    assert summary(text) == []


def test_a_year_before_the_verb_hides_no_event_from_the_count():
    got = summary("Five UN staff abducted by al-Qaeda in Abyan in 2022 were freed.")
    assert got == [("Five UN staff", "person", "kidnapped")]
