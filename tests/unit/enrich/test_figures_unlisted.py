"""Counts of a noun no list holds: a fate only people meet, after the noun or before the
count, makes them people; without one, a plural noun counts things, or people when it names
a doer ("stallholders"); measures, money and games count nothing."""

from __future__ import annotations

import pytest

from .support import summary


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("At least 14 lumberjacks died when the bridge collapsed.", ("14 lumberjacks", "killed")),
        ("About 60 shepherds were abducted near the border.", ("60 shepherds", "kidnapped")),
        ("More than 200 stallholders were injured in the blast.", ("200 stallholders", "injured")),
        ("The landslide killed 23 quarrymen, officials said.", ("23 quarrymen", "killed")),
        ("Police found the bodies of nine smallholders.", ("nine smallholders", "killed")),
    ],
)
def test_an_unlisted_noun_with_a_persons_fate_counts_people(text, want):
    found = summary(text)
    assert len(found) == 1
    span, unit, category = found[0]
    assert want[0] in span
    assert (unit, category) == ("person", want[1])


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("About 60 barges were stuck at the border for a week.", ("60 barges", "other")),
        ("The charity will hand out 1,200 heaters in December.", ("1,200 heaters", "other")),
        ("More than 200 stallholders sold fruit at the fair.", ("200 stallholders", "person")),
        ("About 40 epidemiologists joined the response.", ("40 epidemiologists", "person")),
    ],
)
def test_an_unlisted_noun_with_no_persons_fate_counts_things_or_their_doers(text, want):
    found = summary(text)
    assert len(found) == 1
    span, unit, category = found[0]
    assert want[0] in span
    assert (unit, category) == (want[1], "other")


@pytest.mark.parametrize(
    "text",
    [
        "The team played 14 friendlies before the tournament.",
        "The dam will produce 5,150 megawatts when complete.",
        "The metro fare will rise to 200 drams on January 1.",
    ],
)
def test_measures_money_and_games_count_nothing(text):
    assert summary(text) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Some 30 trekkers were brought down from the pass.", "other"),
        ("The ferry was built to carry 350 passengers.", "capacity"),
        ("The organisers had permission for 20,000 people.", "capacity"),
        ("About 900 people were still uncontactable on the island.", "missing"),
        ("The storm could affect up to 400,000 people, the agency said.", "civilians"),
    ],
)
def test_people_out_of_doors_permits_and_the_uncontactable(text, want):
    assert [c for _, _, c in summary(text)] == [want]
