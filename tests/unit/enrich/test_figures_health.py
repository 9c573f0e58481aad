"""Health and hunger in war zones (eval/dev64's register): care given is counted as aid
(medical consultations, sachets of rehydration salts), children a campaign will vaccinate are
aid too; a firm's consultations, shampoo sold and a treatment centre are not (a probe review
of 2026-11-27 found the bare nouns taken as aid in business copy)."""

from __future__ import annotations

import pytest

from .support import categories, figures


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Mobile teams carried out about 8,000 medical consultations in a month.", ["aid"]),
        ("UNICEF delivered 500,000 sachets of oral rehydration salts.", ["aid"]),
        ("A campaign aimed to vaccinate 1.2 million children in 49 districts.", ["aid", "other"]),
        ("MSF opened two cholera treatment centres in the city.", ["other"]),
        # ... and the look-alikes
        ("The law firm held about 8,000 consultations with clients last year.", ["other"]),
        ("The factory sold 500,000 sachets of shampoo in May.", ["other"]),
    ],
)
def test_care_given_is_aid_and_business_is_not(text, want):
    assert categories(text) == want


def test_care_counts_keep_their_unit():
    (fig,) = figures("Mobile clinics gave more than 50,000 medical consultations last month.")
    assert (fig.value, fig.unit, fig.category) == (50000, "other", "aid")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # patients are the hurt and the sick who sought care ...
        ("The isolation centre was treating 38 patients, its director said.", ["injured"]),
        ("Hospitals across the country admitted 2,293 patients in 24 hours.", ["injured"]),
        # ... unless a cue says what befell them
        ("More than 130 patients fled the isolation wards during the fighting.", ["displaced"]),
        ("Twelve patients died when the power failed.", ["killed"]),
    ],
)
def test_patients_are_the_hurt_unless_something_else_befell_them(text, want):
    assert categories(text) == want
