"""A crowd's size is a count of people, given by whoever counted it: "Police put the crowd at
about 40,000", "put attendance at 275,000 to 325,000", "A crowd of 75,784 watched", "the
number of protesters who took part at up to 200,000". The people in it are "other": they
came, nothing befell them."""

from __future__ import annotations

import pytest

from .support import summary


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Police put the crowd at about 40,000.", [("about 40,000", "person", "other")]),
        (
            "The opposition put turnout at about 2.5 million.",
            [("about 2.5 million", "person", "other")],
        ),
        (
            "A crowd of 75,784 watched the semi-final in Sydney.",
            [("75,784", "person", "other")],
        ),
        (
            "He gave the number of protesters who took part at up to 200,000.",
            [("up to 200,000", "person", "other")],
        ),
    ],
)
def test_a_crowd_put_at_a_number_counts_people(text, want):
    assert summary(text) == want


def test_a_toll_put_at_a_number_keeps_its_category():
    got = summary("Police put the death toll at 40.")
    assert [(t, c) for t, _, c in got] == [("40", "killed")]
