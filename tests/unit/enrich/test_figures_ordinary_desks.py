"""The numbers of the ordinary desks keep the category `other` where a word of the aid or
displacement desks stands beside them: tourists a country received, runners who crossed a
finish line, climbers who registered for a hike, and vehicles of every kind."""

from __future__ import annotations

import pytest

from .support import summary


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Thailand received 35.5 million foreign tourists in 2024, the ministry said.",
            [("35.5 million foreign tourists", "person", "other")],
        ),
        (
            "The valley received about 65,000 foreign visitors last year.",
            [("about 65,000 foreign visitors", "person", "other")],
        ),
        (
            "More than 55,000 runners crossed the finish line of the marathon on Sunday.",
            [("More than 55,000 runners", "person", "other")],
        ),
        (
            "Sixty-eight climbers had registered to hike the volcano.",
            [("Sixty-eight climbers", "person", "other")],
        ),
        (
            "Hundreds of cars and trucks were stuck at the crossing.",
            [("Hundreds of cars and trucks", "other", "other")],
        ),
    ],
)
def test_ordinary_people_and_vehicles_stay_other(text, want):
    assert summary(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # what these words still mean on the other desks
        ("Gunmen killed 26 tourists at the meadow.", [("26 tourists", "person", "killed")]),
        (
            "The camp received 3,000 new refugees last week.",
            [("3,000 new refugees", "person", "displaced")],
        ),
        (
            "About 5,000 refugees crossed the border into Chad on Sunday.",
            [("About 5,000 refugees", "person", "displaced")],
        ),
        ("Some 40 trucks of food crossed into Darfur.", [("Some 40 trucks", "other", "aid")]),
    ],
)
def test_the_same_words_keep_their_meaning_on_the_war_and_aid_desks(text, want):
    assert summary(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # livestock counted whatever follows: an irregular participle is no noun after them
        (
            "Police said they had recovered 212 head of cattle stolen from herders.",
            [("212 head of cattle", "other", "other")],
        ),
        ("Police recovered 87 cattle stolen in the raid.", [("87 cattle", "other", "other")]),
        ("Raiders drove off 85 cows and 500 pigs.",
         [("85 cows", "other", "other"), ("500 pigs", "other", "other")]),
        # a singular noun before another noun is still a compound, not the counted thing
        ("The club played 20 home matches this season.", []),
    ],
)  # fmt: skip
def test_livestock_are_counted(text, want):
    assert summary(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The commission recorded 2,203 land conflicts in 2023.",
         [("2,203 land conflicts", "other", "other")]),
        ("Courts heard 231 land disputes last year.", [("231 land disputes", "other", "other")]),
        ("About 90 elders attended the meeting.", [("About 90 elders", "person", "other")]),
        ("The judiciary appointed 40 new judges.", [("40 new judges", "person", "other")]),
        # elders an attack killed are dead like anyone
        ("Gunmen killed 12 elders in the village.", [("12 elders", "person", "killed")]),
    ],
)  # fmt: skip
def test_disputes_and_the_people_of_courts_and_councils_are_counted(text, want):
    assert summary(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # cases of a disease are counted as cases, not people
        ("An outbreak of hepatitis E in the camps has caused more than 2,000 cases.",
         [("more than 2,000 cases", "other", "other")]),
        # cases of what is done to people count those people
        ("It also counted 35 cases of abduction since June.",
         [("35 cases of abduction", "person", "kidnapped")]),
        ("The mission documented at least 158 cases of arbitrary detention.",
         [("at least 158 cases of arbitrary detention", "person", "arrested")]),
        ("The group documented 32 cases of enforced disappearance.",
         [("32 cases of enforced disappearance", "person", "missing")]),
    ],
)  # fmt: skip
def test_cases_of_a_disease_are_cases_and_cases_of_abduction_people(text, want):
    assert summary(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # guards from a probe review: a convoy of vehicles carrying food is aid, and fighters
        # disarmed and sent home or into the army are no detainees
        ("A convoy of 40 cars and trucks carrying food and medicine reached the town.",
         [("40 cars and trucks", "other", "aid")]),
        ("Some 1,500 militiamen were disarmed and sent home with reintegration kits.",
         [("Some 1,500 militiamen", "person", "combatants")]),
        ("Some 900 former fighters were disarmed and integrated into the national army.",
         [("Some 900 former fighters", "person", "combatants")]),
        ("About 100 soldiers were disarmed and held at a police camp.",
         [("About 100 soldiers", "person", "arrested")]),
    ],
)  # fmt: skip
def test_vehicles_carrying_aid_and_fighters_disarmed(text, want):
    assert summary(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Ukraine exported 11.6 million tonnes of grain in the first three months of the "
            "season.",
            [("11.6 million tonnes", "other", "other")],
        ),
        (
            "Pakistan produced an estimated 31.4 million tonnes of wheat this season.",
            [("an estimated 31.4 million tonnes", "other", "other")],
        ),
        (
            "Syria's wheat harvest is expected to reach only about 1.2 million tonnes this year.",
            [("about 1.2 million tonnes", "other", "other")],
        ),
        # ... while food delivered stays aid
        (
            "WFP trucks delivered 500 tonnes of sorghum to the camps as the harvest failed.",
            [("500 tonnes", "other", "aid")],
        ),
    ],
)
def test_food_a_country_grows_or_trades_is_no_aid(text, want):
    assert summary(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "WFP said it had bought 25,000 tonnes of locally produced sorghum to feed displaced "
            "families in Darfur.",
            [("25,000 tonnes", "other", "aid")],
        ),
        (
            "A UN convoy of 40 trucks carrying wheat flour produced in Turkey crossed into "
            "northwest Syria on Tuesday.",
            [("40 trucks", "other", "aid")],
        ),
    ],
)
def test_food_an_aid_sentence_moves_stays_aid_wherever_it_was_grown(text, want):
    assert summary(text) == want
