"""Numbers that are no figures, from the hunger, courts and mine-action sets: the later ages
of a list ("aged eight, 11 and 13"), an age told with "then" ("Aslan, then 24,"), a price in
a named currency ("18,000 Sudanese pounds") and the numerator of a rate ("two people in every
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
        ("A kilo of sorghum now costs 18,000 Sudanese pounds in El Obeid market.", []),
        ("Famine is declared when two people in every 10,000 die each day.", []),
    ],
)
def test_ages_prices_and_rates_are_no_figures(text, want):
    assert summary(text) == want


def test_people_counted_in_every_village_stay_counted():
    got = summary("About 40 people in every village fled, and 600 homes were burned.")
    assert ("About 40 people", "person", "displaced") in got
