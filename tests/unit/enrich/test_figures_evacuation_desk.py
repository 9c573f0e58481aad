"""What an evacuation counts (dev206): embassies and diplomatic residences, foreign missions,
naval sailings, nationalities, pets, bottles of water; and a dateline in capitals before a
dash is no part of the sentence's subject ("NICOSIA - Cyprus ... said" is Cyprus)."""

from __future__ import annotations

import pytest

from .support import sourced, summary


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "More than 20 embassies have suspended their work in the city.",
            ("More than 20 embassies", "structure", "other"),
        ),
        (
            "Rocket fire has damaged at least three diplomatic residences in the district.",
            ("at least three diplomatic residences", "structure", "housing"),
        ),
        (
            "The Red Crescent said it had handed out 12,000 bottles of water at the border.",
            ("12,000 bottles of water", "other", "aid"),
        ),
        (
            "An Airbus carrying 94 dogs and 68 cats from the charity landed at Heathrow.",
            ("68 cats", "other", "other"),
        ),
        (
            "The evacuees left on 17 air force flights and five naval sailings from Port Sudan.",
            ("five naval sailings", "other", "other"),
        ),
    ],
)
def test_the_evacuation_desks_counted_things_are_figures(text, expected):
    assert expected in summary(text)


def test_a_dateline_is_no_subject():
    found = sourced(
        "NICOSIA - Cyprus activated its evacuation plan on Tuesday and said it could receive "
        "up to 40,000 third-country nationals fleeing Lebanon."
    )
    assert [source for _, _, source in found] == ["Cyprus"]
