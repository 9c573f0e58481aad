"""Health and hunger in war zones (eval/dev64's register): care given is counted as aid,
whatever its unit (consultations, sachets, prosthetic limbs), children a campaign will
vaccinate are aid too, and cots are beds; a treatment centre houses no displaced people."""

from __future__ import annotations

import pytest

from .support import categories, figures


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Mobile teams carried out about 8,000 consultations in a month.", ["aid"]),
        ("UNICEF delivered 500,000 sachets of oral rehydration salts.", ["aid"]),
        ("The field hospital has fitted about 160 prosthetic limbs since it opened.", ["aid"]),
        ("A campaign aimed to vaccinate 1.2 million children in 49 districts.", ["aid", "other"]),
        ("Extra tents with 150 cots were set up beside the ward.", ["capacity"]),
        ("MSF opened two cholera treatment centres in the city.", ["other"]),
    ],
)
def test_care_given_is_aid_and_cots_are_beds(text, want):
    assert categories(text) == want


def test_care_counts_keep_their_unit():
    (fig,) = figures("Mobile clinics gave more than 50,000 consultations last month.")
    assert (fig.value, fig.unit, fig.category) == (50000, "other", "aid")
