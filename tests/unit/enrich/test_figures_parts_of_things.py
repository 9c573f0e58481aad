"""A bare number that is a part of a count of things takes their unit and category ("handed
over 300 of the 1,209 homes", "shot down 30 of the 38 missiles"), as a part of a count of
people always did ("freed 12 of the 40 hostages"); a place where something happened is no
such part ("spread in 20 of the 22 governorates")."""

from __future__ import annotations

import pytest

from .support import summary


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The government has handed over 300 of the 1,209 homes it promised to survivors.",
            [("300", "structure", "housing"), ("1,209 homes", "structure", "housing")],
        ),
        (
            "The air force said it shot down 30 of the 38 missiles fired.",
            [("30", "other", "other"), ("38 missiles", "other", "other")],
        ),
        (
            "Police freed 12 of the 40 hostages.",
            [("12", "person", "kidnapped"), ("40 hostages", "person", "kidnapped")],
        ),
    ],
)
def test_a_part_takes_the_unit_of_its_whole(text, want):
    assert summary(text) == want


def test_a_place_where_it_happened_is_no_part():
    got = summary("The outbreak spread in 20 of the 22 governorates.")
    assert all(text != "20" for text, _, _ in got)


def test_a_count_of_things_elided_after_a_semicolon_keeps_their_unit():
    assert summary("About 7,500 schools were damaged; 6,800 have been rebuilt.") == [
        ("About 7,500 schools", "structure", "housing"),
        ("6,800", "structure", "housing"),
    ]


def test_a_part_of_a_named_count_without_the_takes_its_unit():
    assert summary("Ukraine says it downed 87 of 103 Russian drones overnight.") == [
        ("87", "other", "other"),
        ("103 Russian drones", "other", "other"),
    ]


def test_a_picture_number_of_a_gallery_counts_nothing():
    assert summary("Image 2 of 6: Opposition supporters march in Caracas.") == []
