"""The words of the Middle East and Ukraine war desks (eval/dev67's register) around stories that
are not attacks: a credit rating cut over a war, a president elected, a stored explosive gone
off, a drone show, a motive that was looked for and not found; and attacks told in words that
belong elsewhere: a rocket on a football pitch, police beating worshippers with batons."""

from __future__ import annotations

import pytest

from .support import tag


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Moody's downgrades Israel, citing war with Hamas",
            "Moody's cut Israel's credit rating by one notch on Friday, citing the military "
            "conflict with Hamas and its consequences for public finances. The prime minister "
            "said the rating would rise again once the war was won.",
        ),
        (
            "Parliament elects army chief as president",
            "Parliament elected army commander Joseph Aoun as president on Thursday in a second "
            "round of voting. He won 99 of the 128 votes. In his inaugural speech he promised "
            "that the state would hold a monopoly on weapons and rebuild areas destroyed in the "
            "war with Israel.",
        ),
        (
            "Port explosion kills dozens",
            "A massive explosion at the port on Tuesday killed at least 78 people and injured "
            "about 4,000, flattening warehouses, the health minister said. The prime minister "
            "said 2,750 tonnes of ammonium nitrate had been stored in a warehouse for six years "
            "without safety measures. Hospitals were overwhelmed.",
        ),
        (
            "Record drone show lights up the capital",
            "More than 3,000 drones formed images of the flag over the capital on Monday night, "
            "in what organisers said was the largest drone show held in the region.",
        ),
    ],
)
def test_wars_named_in_stories_of_another_kind_are_not_conflict(title, text):
    assert not tag(title, text).is_conflict


def test_a_motive_looked_for_and_not_found_is_no_evidence():
    title = "Gunman kills two at a bar"
    lead = "A gunman shot dead two people at a bar on Saturday night, police said. "
    found = tag(title, lead + "Investigators said they were still questioning witnesses.")
    not_found = tag(
        title,
        lead + "Investigators said they had found nothing so far to suggest a political or "
        "religious motive.",
    )
    assert not_found.score <= found.score


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Rocket hits football pitch, killing 12 children",
            "A rocket struck a football pitch in a Druze town on Saturday, killing 12 children "
            "who were playing there, medics said. Israel blamed Hezbollah.",
        ),
        (
            "Airstrike kills former Euroleague player in Gaza",
            "An Israeli airstrike on a house in Gaza City killed a former Euroleague basketball "
            "player and six members of his family, the civil defence said.",
        ),
        (
            "Drone attack on crowd at light show kills nine",
            "A drone dropped explosives on a crowd watching a light show in the city centre on "
            "Saturday, killing nine people, the regional governor said.",
        ),
        (
            "Police storm prayer hall, arrest hundreds",
            "Police stormed the prayer hall before dawn, firing stun grenades and beating "
            "worshippers with batons, witnesses said. The Red Crescent said 37 people were hurt.",
        ),
    ],
)
def test_attacks_in_the_words_of_a_pitch_or_a_prayer_hall_are_conflict(title, text):
    assert tag(title, text).is_conflict


def test_storm_the_verb_is_no_weather():
    assert tag(
        "Plateau: herders with rifles storm settlement",
        "Herders carrying AK-47 rifles stormed a farming settlement in Plateau state late on "
        "Sunday, shooting 11 residents dead, a local council chairman told AFP.",
    ).is_conflict
    assert not tag(
        "Thousands dead after dams burst in floods",
        "Two dams above the city burst during Storm Daniel, sending a wall of water through the "
        "city centre, and the Red Crescent said more than 11,000 people were killed. The "
        "eastern army deployed troops to clear roads.",
    ).is_conflict


def test_named_weapons_sent_abroad_are_a_delivery():
    assert not tag(
        "Britain confirms it is sending Storm Shadow missiles to Ukraine",
        "Britain is sending Storm Shadow cruise missiles to Ukraine, the defence secretary told "
        "parliament on Thursday, giving Kyiv the ability to strike targets up to 250 km away.",
    ).is_conflict


def test_a_release_of_detainees_agreed_by_the_parties_is_no_attack():
    assert not tag(
        "ICRC flights carry released detainees between Sanaa and Saudi Arabia",
        "The International Committee of the Red Cross flew released detainees between Sanaa, "
        "Marib, Aden and Abha on the third day of the operation, completing the release of "
        "almost 900 detainees agreed by the parties to the conflict in Yemen, the ICRC said. "
        "Families gathered at Sanaa airport to welcome the returning men.",
    ).is_conflict


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Masked men beat journalists and protesters in Tbilisi",
            "Protesters detained overnight were beaten in police vans, Georgia's public defender "
            "said. Police had again used water cannon and tear gas to disperse thousands of "
            "people protesting against the suspension of EU accession talks. The interior "
            "ministry said the protesters had used fireworks against officers.",
        ),
        (
            "Crowd storms airport looking for passengers from Israel",
            "Hundreds of men broke through doors and stormed the airport on Sunday evening after "
            "a flight from Tel Aviv landed, checking passengers' passports. Police restored "
            "order after several hours; 20 people were injured and 60 detained, officials said.",
        ),
        (
            "Police van set alight outside hotel housing asylum seekers",
            "A police van was set on fire and fireworks were thrown at officers during a "
            "protest outside a hotel housing asylum seekers on Friday evening. Police said 15 "
            "people had been arrested on suspicion of violent disorder. Refugee groups said "
            "residents of the hotel, most of them waiting for decisions on their asylum "
            "claims, had been too frightened to leave their rooms.",
        ),
    ],
)
def test_crowds_that_force_their_way_in_and_fireworks_at_police_are_unrest(title, text):
    assert tag(title, text).is_conflict


def test_a_road_that_remained_closed_is_a_blockade_not_a_shutdown():
    assert tag(
        "Food and medicine run short in Karabakh as Lachin corridor stays closed",
        "Shops in Stepanakert were rationing bread and eggs on Wednesday as the only road "
        "linking Nagorno-Karabakh to Armenia remained closed to traffic, local authorities "
        "said. The International Committee of the Red Cross said it had not been able to move "
        "patients or supplies through the Lachin corridor for more than two weeks.",
    ).is_conflict
