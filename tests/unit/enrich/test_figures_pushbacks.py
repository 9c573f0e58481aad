"""People sent back over a border, whatever verb sends them: "escorted 1,203 people back
through the border fence", "pushed a boat carrying about 250 Rohingya back out to sea",
"about 1,200 Rohingya were pushed into its territory". Armies that push across a border
displace the people they drive out; they send no one back."""

from __future__ import annotations

import pytest

from .support import summary


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Police said they escorted 1,203 people back through the border fence to Serbia.",
            "1,203 people",
        ),
        (
            "Villagers pushed a wooden boat carrying about 250 Rohingya back out to sea.",
            "about 250 Rohingya",
        ),
        (
            "Bangladesh says about 1,200 Rohingya were pushed into its territory by Indian "
            "border forces.",
            "about 1,200 Rohingya",
        ),
    ],
)
def test_people_sent_back_over_a_border_are_returned(text, count):
    assert (count, "person", "returned") in summary(text)


def test_people_evacuated_as_an_army_pushes_across_the_border_are_displaced():
    got = summary(
        "Police evacuated more than 8,000 people from Vovchansk as Russian forces pushed "
        "across the border, the governor said."
    )
    assert ("more than 8,000 people", "person", "displaced") in got
