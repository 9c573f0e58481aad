"""Counts whose noun is said once for two of them ("3,798 schools have been damaged and 365
completely destroyed"), and counts an adverb parts from what follows ("put the toll at about
300 soon after the attack")."""

from __future__ import annotations

import pytest

from .support import sourced, summary


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Education officials say 3,798 schools have been damaged and 365 completely "
            "destroyed, forcing many children into online lessons.",
            [("3,798 schools", "housing"), ("365", "housing")],
        ),
        (
            "The Health Ministry says about 1,500 hospitals and clinics have been damaged and "
            "218 destroyed outright.",
            [("about 1,500 hospitals and clinics", "housing"), ("218", "housing")],
        ),
        (
            "The ministry said 3,100 houses were fully destroyed and 5,600 partially damaged in "
            "Jajarkot.",
            [("3,100 houses", "housing"), ("5,600", "housing")],
        ),
    ],
)
def test_a_structure_count_said_once_covers_the_next(text, want):
    assert [(f[0], f[1]) for f in sourced(text)] == want


def test_people_after_structures_stay_people():
    got = sourced("Gunmen burned 40 houses in the village and 12 were killed, police said.")
    assert [(f[0], f[1]) for f in got] == [("40 houses", "housing"), ("12", "killed")]


@pytest.mark.parametrize(
    "text",
    [
        "City officials had put the toll at about 300 soon after the March 16 attack.",
        "Officials put the toll at about 300 shortly after the attack.",
    ],
)
def test_an_adverb_of_time_after_a_toll_keeps_it(text):
    assert [(f[0], f[1]) for f in sourced(text)] == [("about 300", "killed")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "At least 145 people were killed in Myanmar's Rakhine state by Cyclone Mocha, the "
            "military government said on Thursday, including 117 from the Rohingya minority.",
            [("At least 145 people", "killed"), ("117", "killed")],
        ),
        (
            "Russia has lost about 719,000 troops killed or wounded since February 2022, the "
            "General Staff said on Tuesday, including 1,530 over the past day.",
            [("about 719,000 troops", "killed"), ("1,530", "killed")],
        ),
    ],
)
def test_a_part_after_including_takes_the_count_before_however_far(text, want):
    assert [(f[0], f[1]) for f in sourced(text)] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Floods killed 30 people in Assam, 12 in Meghalaya and five in Manipur.",
            [("30 people", "killed"), ("12", "killed"), ("five", "killed")],
        ),
        (
            "In Morelos, 71 people died, and in Puebla, 43.",
            [("71 people", "killed"), ("43", "killed")],
        ),
        (
            "The storm destroyed 300 homes in Leyte, and 12 in Samar.",
            [("300 homes", "housing"), ("12", "housing")],
        ),
        # a name and an age stay an age
        ("Gunmen killed 30 people, among them a teacher, Ali Musa, 34.", [("30 people", "killed")]),
        # the verb and the noun left out after "and" and a name (dev260, dev148)
        (
            "France has pledged another 300 places for evacuees in 2018, and Switzerland 80.",
            [("300 places", "capacity"), ("80", "capacity")],
        ),
        (
            "Militants killed 12 soldiers in Mali, and Burkina Faso 30.",
            [("12 soldiers", "killed"), ("30", "killed")],
        ),
        # a middle item, after a comma and before "and"; a name "with" its count (dev9, dev168)
        (
            "Colombia hosts 2.8 million Venezuelans, Peru 1.6 million and Brazil about 600,000.",
            [
                ("2.8 million Venezuelans", "displaced"),
                ("1.6 million", "displaced"),
                ("about 600,000", "displaced"),
            ],
        ),
        (
            "Sudan has the largest displaced population, 14.3 million people, ahead of Syria "
            "with 13.5 million and Afghanistan with 10.3 million.",
            [
                ("14.3 million people", "displaced"),
                ("13.5 million", "displaced"),
                ("10.3 million", "displaced"),
            ],
        ),
        # a name that ends in a number is still no count
        ("The council adopted Resolution 2334, and Resolution 2401.", []),
        ("The council adopted Resolution 2334, Resolution 2401 and others.", []),
        (
            "Gunmen killed 12 villagers, an attack the army blamed on the ADF with 300.",
            [("12 villagers", "killed")],
        ),
        ("It flew 40 Boeing 737 jets, and Airbus A320s.", [("40 Boeing 737 jets", "other")]),
    ],
)
def test_a_bare_count_told_for_another_place_counts_as_the_count_before(text, want):
    assert [(f[0], f[1]) for f in sourced(text)] == want


def test_a_new_value_before_a_condition_is_kept():
    got = sourced(
        "The UN says 8.4 million people in Yemen are a step away from famine and has warned "
        "that the number could rise to 14 million if the port is shut."
    )
    assert [(f[0], f[1]) for f in got] == [
        ("8.4 million people", "civilians"),
        ("14 million", "civilians"),
    ]


def test_educational_institutions_are_buildings():
    got = sourced(
        "More than 3,700 educational institutions have been damaged and about 370 destroyed "
        "since February 2022, the ministry said."
    )
    assert [(f[0], f[1]) for f in got] == [
        ("More than 3,700 educational institutions", "housing"),
        ("about 370", "housing"),
    ]


def test_the_remaining_part_of_a_count_is_a_count_of_its_own():
    got = summary(
        "About 2,300 Afghans were flown to Albania. The prime minister said Albania would "
        "keep the remaining 700 for as long as they needed."
    )
    assert any(span == "700" for span, *_ in got), got


def test_the_remaining_years_of_a_lease_are_no_count():
    assert summary("The remaining 12 years of the lease were cancelled.") == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Seventeen people died in the capital, Kathmandu, and two in the eastern district "
            "of Sunsari.",
            [("Seventeen people", "person", "killed"), ("two", "person", "killed")],
        ),
        (
            "Officials said 598 of the dead were in Kunar province and 12 in neighbouring "
            "Nangarhar.",
            [("598 of the dead", "person", "killed"), ("12", "person", "killed")],
        ),
    ],
)
def test_a_place_named_past_its_article_or_adjective_still_lists_a_count(text, want):
    assert summary(text) == want


def test_a_count_in_a_parallel_clause_counts_as_the_one_before():
    got = summary(
        "The report counts staff separately: 265 of the dead were nationals and 15 were "
        "international staff."
    )
    assert got == [("265 of the dead", "person", "killed"), ("15", "person", "killed")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "At least 30 people were killed and 12 were injured.",
            [("At least 30 people", "person", "killed"), ("12", "person", "injured")],
        ),
        (
            "The UN says 800,000 people are trapped in the city, and about 500,000 are living "
            "in Zamzam camp nearby.",
            [("800,000 people", "person", "civilians"), ("about 500,000", "person", "displaced")],
        ),
    ],
)
def test_a_parallel_clause_with_its_own_event_keeps_it(text, want):
    assert summary(text) == want
