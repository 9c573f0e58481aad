"""What a hospital or a clinic receives are the hurt ("Al-Aqsa hospital received 70 patients
after the strike", "Nasser hospital has received 120 patients"), while what a transit
centre or a country receives are people on the move."""

from __future__ import annotations

import pytest

from .support import summary


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Al-Aqsa hospital received 70 patients after the strike on the school.", "70 patients"),
        ("Nasser hospital has received 120 patients since Monday, doctors said.", "120 patients"),
        ("The field hospital was receiving about 40 people a day.", "about 40 people"),
    ],
)
def test_what_a_hospital_receives_are_the_hurt(text, count):
    assert (count, "person", "injured") in summary(text)


def test_what_a_transit_centre_receives_are_people_on_the_move():
    got = summary("The transit centre in Sumy has received more than 3,000 people since March.")
    assert ("more than 3,000 people", "person", "displaced") in got


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "A bomb went off at the bus station. Hospitals in the city said they were treating "
            "more than 35 people.",
            "more than 35 people",
        ),
        (
            "A blast tore through the market. The health department said 48 people had been "
            "admitted to the District Headquarters Hospital, nine of them in a critical state.",
            "48 people",
        ),
    ],
)
def test_people_a_hospital_is_treating_or_took_in_by_its_name_are_the_hurt(text, count):
    assert (count, "person", "injured") in summary(text)
