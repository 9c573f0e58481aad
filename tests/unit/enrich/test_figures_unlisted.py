"""Counts of a noun no list holds: a fate only people meet, after the noun or before the
count, makes them people; without one, a plural noun counts things, or people when it names
a doer ("stallholders"); measures, money and games count nothing."""

from __future__ import annotations

import pytest

from .support import figures, summary


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


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The North also took down about 150 propaganda billboards.", "150 propaganda billboards"),
        ("Investigators counted more than 1,000 bullet casings.", "1,000 bullet casings"),
        ("Crews put up 1,800 electric poles after the storm.", "1,800 electric poles"),
        ("The army destroyed 40 communal hangars.", "40 communal hangars"),
    ],
)
def test_an_unlisted_plural_after_an_unlisted_modifier_counts_things(text, want):
    found = summary(text)
    assert len(found) == 1
    span, unit, category = found[0]
    assert want in span
    assert (unit, category) == ("other", "other")


def test_an_unlisted_doer_after_a_modifier_counts_people_and_their_fate():
    assert summary("About 20 tea pluckers were injured when the truck overturned.") == [
        ("About 20 tea pluckers", "person", "injured")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "In 2023 tea pluckers said the road was closed.",  # a year, not a count of pluckers
        "The team won 14 home matches last season.",
        "He served 12 month sentences twice.",  # a time unit modifies
        "Police found 15 abandoned hangars.",  # a participle is no modifier
        "At least 20 join protests each week.",  # a verb after a count that opens its clause
    ],
)
def test_no_compound_after_a_year_a_time_a_participle_or_before_a_verb(text):
    assert all(f.noun is None or " " not in f.noun for f in figures(text))


@pytest.mark.parametrize(
    "text",
    [
        "The payrolls figure of 228,000 beat forecasts.",
        "Some 300 lack papers, the agency said.",
        "The deal has three main parts and five points.",
    ],
)
def test_a_verb_after_the_count_and_a_deals_parts_are_no_compound(text):
    assert all(f.noun is None or " " not in f.noun for f in figures(text))
