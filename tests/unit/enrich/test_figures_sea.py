"""Migration at sea and across borders (eval/dev62's register): the sea is no water handed
out, people feared drowned or lost at sea are missing, people treated for their injuries
were hurt, and people waiting at a border are crossing it (home, in a story of returns)."""

from __future__ import annotations

import pytest

from .support import categories, summary


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # pulled from the sea: rescued, not given water
        ("Thirty-two survivors were pulled from the water by a merchant ship.", ["other"]),
        ("Fishermen pulled 44 people from the water after the dinghy deflated.", ["other"]),
        (
            "Twelve bodies were recovered, and 18 were pulled from the water alive.",
            ["killed", "other"],
        ),
        ("The coastguard said 18 were pulled from the water.", ["other"]),
        # ... while water handed out is still aid
        ("Volunteers handed out water to 3,000 people at the port.", ["aid"]),
    ],
)
def test_the_sea_is_not_water_handed_out(text, want):
    assert categories(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "At least 35 migrants are feared drowned after their boat capsized off Crete.",
        "About 90 people are presumed drowned, the coastguard said.",
        "More than 50 people are believed to have been lost at sea, survivors said.",
    ],
)
def test_people_feared_drowned_or_lost_at_sea_are_missing(text):
    assert categories(text) == ["missing"]


def test_the_searchers_and_the_sought_are_not_the_missing():
    assert "missing" not in categories("About 300 volunteers were looking for the boy.")
    assert categories("Police were looking for 12 inmates who escaped on Sunday.") != ["missing"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Doctors treated 41 people for gunshot wounds and fractures.", ["injured"]),
        ("The navy rescued 60 people and was treating nine for hypothermia.", ["other", "injured"]),
        # what the guideline calls aid: treated for malnutrition
        ("The clinic treated 1,200 children for severe malnutrition.", ["aid"]),
        ("The hospital treated about 1,200 people for bullet and pellet wounds.", ["injured"]),
        ("Medics treated about 100 people for tear gas inhalation.", ["injured"]),
        ("Hospitals treated more than 2,000 pilgrims for heat exhaustion.", ["injured"]),
        ("Clinics treated about 600 patients with neurotoxic symptoms.", ["injured"]),
        (
            "More than 2,600 people have been treated in public hospitals since the protests "
            "began.",
            ["injured"],
        ),
    ],
)
def test_what_people_were_treated_for_says_whether_they_were_hurt(text, want):
    assert categories(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Another 2,000 people were waiting at the border, the agency said.", ["displaced"]),
        ("About 600 asylum seekers were waiting to cross at the bridge.", ["displaced"]),
        # a queue is no crossing, nor a fence at a stadium
        ("About 10,000 pilgrims were waiting to enter the shrine.", ["other"]),
        ("About 300 fans climbed the fence to get into the stadium.", ["other"]),
        (
            "More than 20,000 Afghans crossed back from Iran, and about 900 families were "
            "waiting at the border for buses home.",
            ["returned", "returned"],
        ),
        ("Border guards said about 1,400 people had slipped across the river.", ["displaced"]),
    ],
)
def test_people_waiting_at_or_slipping_across_a_border_are_crossing_it(text, want):
    assert categories(text) == want


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A helicopter and three lifeboats took part in the rescue.",
            [("three lifeboats", "other", "other")],
        ),
        (
            "Patrols intercepted 46 pirogues since January, the navy said.",
            [("46 pirogues", "other", "other")],
        ),
        (
            "Aircraft from the carrier have flown more than 400 sorties.",
            [("more than 400 sorties", "other", "other")],
        ),
        (
            "The ministry said it had foiled more than 4,500 attempts to reach Ceuta.",
            [("more than 4,500 attempts", "other", "other")],
        ),
        (
            "The carrier, struck by a missile in port, lost one engineer.",
            [("one engineer", "person", "killed")],
        ),
        (
            "The ship's 23 crew included 15 Filipinos.",
            [("23 crew", "person", "other"), ("15 Filipinos", "person", "other")],
        ),
    ],
)
def test_the_craft_sorties_and_crews_of_the_seas_news_are_counted(text, expected):
    assert summary(text) == expected


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a boat that ships water or reaches port hands out no aid
        ("Coast guard launches took 614 people off boats that were shipping water.", ["other"]),
        ("The vessel, with 20 crew aboard, was able to reach port under its own power.", ["other"]),
        # who lived through it are counted as survivors, not as the missing beside them
        ("Rescuers found five survivors, and 23 people were still missing.", ["other", "missing"]),
        # sending people back is returning them
        ("Italy said it would send back 300 migrants to Tunisia.", ["returned"]),
        ("The navy turned back 1,200 people at sea last year.", ["returned"]),
    ],
)
def test_boats_in_trouble_survivors_and_people_sent_back(text, want):
    assert categories(text) == want
