"""Aid given to people makes them aid's recipients, whoever they are; a part named by its
own event ("including 1,260 injured persons") keeps it."""

from __future__ import annotations

import pytest

from .support import figures, summary


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "WFP said it provided hot meals to more than 100,000 displaced people last month.",
            [("more than 100,000 displaced people", "person", "aid")],
        ),
        (
            "The agency gave food parcels to about 9,400 returnees at the border.",
            [("about 9,400 returnees", "person", "aid")],
        ),
        (
            "The ICRC distributed seed and tools to 4,600 returnee households.",
            [("4,600 returnee households", "household", "aid")],
        ),
    ],
)
def test_people_given_aid_are_its_recipients(text, expected):
    assert summary(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The agency distributed 3,000 bags of rice, 1,200 blankets and 400 tents to about "
        "6,000 displaced people.",
        "The Red Cross gave 500 hygiene kits, 300 mattresses, cooking sets and jerrycans to "
        "800 households.",
    ],
)
def test_people_given_a_list_of_goods_are_its_recipients(text):
    assert [c for _, _, c in summary(text)][-1] == "aid"


@pytest.mark.parametrize(
    "text",
    [
        "WFP carried out 12 airdrops over the county last month, reaching about 18,000 people.",
        "The agency said programmes reaching about 1.5 million people had been suspended.",
    ],
)
def test_people_an_agency_is_reaching_are_aid_recipients(text):
    assert [c for _, _, c in summary(text)][-1] == "aid"


def test_people_reaching_a_place_are_no_recipients():
    text = "About 3,000 people a day are reaching the border town, officials said."
    assert [c for _, _, c in summary(text)] == ["displaced"]


def test_a_far_to_after_another_event_names_no_recipients():
    text = "Volunteers delivered blankets to the town after gunmen killed 14 people, and 300 fled."
    assert [c for _, _, c in summary(text)] == ["killed", "displaced"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "to" with no aid before it names where or how many, not who received
        (
            "The death toll rose to 30 people, officials said.",
            [("30 people", "person", "killed")],
        ),
        (
            "About 2,000 refugees moved to 3 new camps.",
            [
                ("About 2,000 refugees", "person", "displaced"),
                ("3 new camps", "structure", "capacity"),
            ],
        ),
        (
            "The number of children who died of malnutrition rose to 28.",
            [("28", "person", "killed")],
        ),
        (
            "Gunmen blocked aid access to 300,000 people trapped in the city.",
            [("300,000 people", "person", "civilians")],
        ),
        (
            "Airdrops delivered food and ammunition to 400 soldiers trapped in the base.",
            [("400 soldiers", "person", "combatants")],
        ),
        (
            "MSF provided emergency care to 1,260 wounded people.",
            [("1,260 wounded people", "person", "injured")],
        ),
        # a count of the aid itself stays one
        (
            "The agency served 1.2 million hot meals to displaced people since March.",
            [("1.2 million hot meals", "other", "aid")],
        ),
    ],
)
def test_to_without_giving_or_to_people_named_by_what_happened_changes_nothing(text, expected):
    assert summary(text) == expected


def test_a_part_named_by_its_own_event_keeps_it():
    found = summary(
        "The field hospital has provided medical care to more than 26,000 patients since "
        "it opened, including 1,260 injured persons."
    )
    assert found == [
        ("more than 26,000 patients", "person", "aid"),
        ("1,260 injured persons", "person", "injured"),
    ]


def test_a_part_of_a_toll_or_of_arrests_keeps_the_whole_event():
    assert summary("Police arrested 40 people, including 5 injured protesters.") == [
        ("40 people", "person", "arrested"),
        ("5 injured protesters", "person", "arrested"),
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the count before an active verb of giving gave; a passive one received
        ("About 400 volunteers helped run the event, organisers said.", "other"),
        ("Some 12,000 people were helped by the programme.", "aid"),
        ("About 3,000 children were vaccinated on Sunday.", "aid"),
    ],
)
def test_who_gives_is_no_recipient_of_aid(text, want):
    assert [f.category for f in figures(text)] == [want]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # money paid to people is aid to them (dev124, dev327)
        ("Mercy Corps said it had made payments of $90 to 4,800 households since March.", "aid"),
        ("The government has paid a reconstruction grant to about 380,000 households.", "aid"),
        # ... and a recipient after "all" or "the" is one still (dev296)
        ("It would distribute emergency kits to all 1,800 families.", "aid"),
        # paying a visit or tribute gives nothing
        ("The minister paid a visit to 300 families.", "other"),
    ],
)
def test_money_paid_to_people_is_aid(text, want):
    assert [f.category for f in figures(text)] == [want]
