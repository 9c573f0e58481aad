"""Captivity said in other words: present tenses, 'had taken', 'were also taken'."""

from __future__ import annotations

import pytest

from .support import categories, summary


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("JNIM abducts 25 traders near Djibo.", ["kidnapped"]),
        ("Gunmen had taken more than 40 passengers from the bus.", ["kidnapped"]),
        ("Bandits raided the school, seizing 80 pupils.", ["kidnapped"]),
        ("Gunmen killed two guards. Six nurses were also taken.", ["killed", "kidnapped"]),
        # people who have taken refuge somewhere were not taken by anyone
        ("Nearly 3,000 people have taken refuge at the UN base.", ["displaced"]),
    ],
)
def test_abductions_in_other_tenses_and_refuge_taken(text, want):
    assert categories(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # what armed men held are hostages; what a prison held, detainees
        ("Dissidents surrounded a patrol and held 19 soldiers for two days.", ["kidnapped"]),
        ("The prison held about 900 inmates before the attack.", ["arrested"]),
        ("About 40 teachers are being held by the ELN, the ombudsman said.", ["kidnapped"]),
        ("Some 180 people were taken to the forest as hostages.", ["kidnapped"]),
        ("Police freed all 60 people on board the hijacked bus.", ["kidnapped"]),
    ],
)
def test_people_held_by_armed_men_or_taken_as_hostages_were_kidnapped(text, want):
    assert categories(text) == want


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # prisoners freed in return for hostages are a swap's, not detainees
        (
            "Hamas freed three hostages on Sunday, and Israel released 39 Palestinian "
            "prisoners hours later.",
            [
                ("three hostages", "person", "kidnapped"),
                ("39 Palestinian prisoners", "person", "other"),
            ],
        ),
        # but those arrested in a hostage story were arrested
        (
            "Police said they had freed 17 hostages and arrested six suspects.",
            [("17 hostages", "person", "kidnapped"), ("six suspects", "person", "arrested")],
        ),
    ],
)
def test_prisoners_released_in_a_hostage_story_are_a_swap(text, expected):
    assert summary(text) == expected


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # prisoners of war freed, or freed by each side, are one half of an exchange
        ("The rebels released 48 prisoners of war through the ICRC on Monday.", ["other"]),
        ("Armenia and Azerbaijan each freed 32 prisoners on Wednesday.", ["other"]),
        # those still held, or captured, are detainees
        ("Moscow still holds about 6,000 prisoners of war, Kyiv says.", ["arrested"]),
        ("The brigade said it had captured 25 prisoners of war.", ["arrested"]),
    ],
)
def test_prisoners_of_war_freed_are_exchanged_and_those_held_detained(text, want):
    assert categories(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "Troops killed 33 militants who had hijacked the train and freed over 340 passengers.",
        "Gunmen hijacked a bus near Kufra; security forces later freed 107 migrants held there.",
    ],
)
def test_people_freed_after_a_hijacking_or_an_abduction_were_hostages(text):
    assert categories(text)[-1] == "kidnapped"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "About 5,200 migrants were held in Libya's official detention centres in August, "
            "IOM said.",
            ["arrested"],
        ),
        ("About 9,000 suspected fighters are held in prisons run by the SDF.", ["arrested"]),
        # held somewhere that is no jail: no detention said
        ("About 300 families were held in the stadium overnight.", ["other"]),
    ],
)
def test_people_held_in_a_named_jail_are_detained(text, want):
    assert categories(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a release told with a participle after the rescue is a release all the same
        ("Troops stormed the hijacked train, rescuing 346 passengers.", ["kidnapped"]),
        ("Police raided the kidnappers' hideout, freeing 21 hostages.", ["kidnapped"]),
        # with no abduction in the text, people rescued or freed are no hostages
        ("The coast guard stopped a boat off Lampedusa, rescuing 46 migrants.", ["other"]),
    ],
)
def test_a_rescue_told_with_a_participle_frees_hostages(text, want):
    assert categories(text) == want
