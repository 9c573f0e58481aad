"""Numbers that are no figures, from the hunger, courts and mine-action sets: the later ages
of a list ("aged eight, 11 and 13"), an age told with "then" ("Aslan, then 24,"), a price in
a named currency ("18,000 Sudanese pounds"), an age after a hyphenated name ("Ri Il-gyu,
52,"), after what befell the person ("taken at 13") or the person's kind ("a woman of 68",
"her husband, then 38,") and the numerator of a rate ("two people in every
10,000 die each day"). The people the sentences count stay counted."""

from __future__ import annotations

import pytest

from .support import summary


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Three brothers aged eight, 11 and 13 were killed on Sunday.",
            [("Three brothers", "person", "killed")],
        ),
        (
            "Aslan, then 24, was taken from his home by masked soldiers; 12 men were detained.",
            [("12 men", "person", "arrested")],
        ),
        (
            "Ri Il-gyu, 52, defected in November, and 14 soldiers were killed.",
            [("14 soldiers", "person", "killed")],
        ),
        ("Sakie Yokota, the mother of Megumi, who was taken at 13, is now 88.", []),
        ("Aminah's husband, then 38, vanished on the second day of the fighting.", []),
        (
            "Two people died, a woman of 68 and her grandson, and 14 were injured.",
            [("Two people", "person", "killed"), ("14", "person", "injured")],
        ),
        ("A kilo of sorghum now costs 18,000 Sudanese pounds in El Obeid market.", []),
        ("Famine is declared when two people in every 10,000 die each day.", []),
    ],
)
def test_ages_prices_and_rates_are_no_figures(text, want):
    assert summary(text) == want


def test_a_toll_put_at_a_number_is_no_age():
    got = summary("Police put the number of people killed at 19.")
    assert [(text, category) for text, _, category in got] == [("19", "killed")]


def test_people_counted_in_every_village_stay_counted():
    got = summary("About 40 people in every village fled, and 600 homes were burned.")
    assert ("About 40 people", "person", "displaced") in got
