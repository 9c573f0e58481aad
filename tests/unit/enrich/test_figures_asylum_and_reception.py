"""What asylum statistics and reception count (dev262, dev264): asylum applications and
claims are people displaced; people who come ashore or are disembarked arrive; the
buildings a system houses people in, or that displaced families are registered in, and
centres that can shelter people are capacity; fighting that forces families from their
villages displaces them; arrivals in a story of returns return; and the spaces, shelters, latrine
blocks and stoves of an aid response are counted (dev284)."""

from __future__ import annotations

import pytest

from .support import summary


def test_asylum_applications_and_claims_count_people_displaced():
    found = summary(
        "Germany's federal office recorded 351,915 first-time asylum applications in 2023. "
        "Cyprus received 21,565 asylum claims in 2022."
    )
    assert found == [
        ("351,915 first-time asylum applications", "person", "displaced"),
        ("21,565 asylum claims", "person", "displaced"),
    ]


def test_applications_of_other_kinds_stay_other():
    assert summary("The office received 340,000 applications for building permits.") == [
        ("340,000 applications", "other", "other")
    ]


def test_people_who_come_ashore_or_are_disembarked_arrive():
    found = summary(
        "More than 7,000 people came ashore on Lampedusa in two days. About 8,000 people swam "
        "or waded into Ceuta. The coast guard said 43 migrants were disembarked in Pozzallo."
    )
    assert [f[2] for f in found] == ["displaced", "displaced", "displaced"]


def test_buildings_a_system_houses_people_in_are_capacity():
    found = summary(
        "The IPAS system houses some 30,000 people in more than 300 centres. In Kandahar, the "
        "department registered 1,850 displaced families in four schools."
    )
    assert found == [
        ("some 30,000 people", "person", "displaced"),
        ("more than 300 centres", "structure", "capacity"),
        ("1,850 displaced families", "household", "displaced"),
        ("four schools", "structure", "capacity"),
    ]


def test_what_centres_can_shelter_is_capacity():
    found = summary(
        "The ministry opened three reception centres that can shelter up to 10,000 people. "
        "Partners run four transit points in Kharkiv for evacuees."
    )
    assert found == [
        ("three reception centres", "structure", "capacity"),
        ("up to 10,000 people", "person", "capacity"),
        ("four transit points", "structure", "capacity"),
    ]


def test_fighting_that_forces_families_from_villages_displaces_them():
    found = summary(
        "Fighting has forced about 1,600 families from villages in Patikul. The army drove 30 "
        "fighters from the town."
    )
    assert found == [
        ("about 1,600 families", "household", "displaced"),
        ("30 fighters", "person", "combatants"),
    ]


def test_arrivals_at_a_crossing_in_a_story_of_returns_are_returns():
    found = summary(
        "Iranian authorities have sent more than 3,000 Afghans a day back across the Islam Qala "
        "crossing, the ministry said. Returnees said they had been held in camps. Officials at "
        "the crossing said 1,870 families arrived on Saturday."
    )
    assert [(f[0], f[2]) for f in found] == [
        ("more than 3,000 Afghans", "returned"),
        ("1,870 families", "returned"),
    ]


def test_spaces_and_shelters_run_for_women_and_children_are_counted():
    found = summary(
        "UNICEF set up 45 temporary learning spaces. The fund supported 12 women's shelters and "
        "51 safe spaces. Agencies plan to build 12 latrine blocks and gave out 2,400 "
        "fuel-efficient stoves. The mission said it had received 11 allegations against the unit."
    )
    assert [(f[0], f[2]) for f in found] == [
        ("45 temporary learning spaces", "aid"),
        ("12 women's shelters", "capacity"),
        ("51 safe spaces", "capacity"),
        ("12 latrine blocks", "aid"),
        ("2,400 fuel-efficient stoves", "aid"),
        ("11 allegations", "other"),
    ]


def test_latrines_are_aid_but_a_lone_one_or_a_ratio_counts_nothing():
    found = summary(
        "UNICEF said it had installed 140 latrines. The site has only 310 latrines. Only one "
        "latrine still works in the old camp, and there is one latrine for every 180 people."
    )
    assert [(f[0], f[2]) for f in found] == [("140 latrines", "aid"), ("310 latrines", "aid")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The government has opened 96 placement centres.", ("96 placement centres", "structure")),
        ("The island holds 120 cluster villages.", ("120 cluster villages", "other")),
        ("Houston opened 35 warming centres.", ("35 warming centres", "structure")),
        (
            "Storms flooded at least 570 informal settlements where refugees live.",
            ("at least 570 informal settlements", "other"),
        ),
    ],
)
def test_more_places_that_house_people_are_capacity(text, want):
    assert summary(text) == [(*want, "capacity")]
