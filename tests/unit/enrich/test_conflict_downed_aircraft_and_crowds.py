"""An aircraft brought down by fire is a battle, though the crash pattern would call its dead
an accident; police who kill protesters are unrest however the killing is worded; people
accused of theft and beaten to death by a mob are mob justice, a crime."""

from __future__ import annotations

import pytest

from .support import tag, tags_of


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Junta helicopter brought down in Kachin",
            "A Myanmar military helicopter crashed in Kachin state on Tuesday after Kachin "
            "Independence Army fighters brought it down with heavy machine guns, killing all six "
            "crew, the rebel group said.",
        ),
        (
            "Russian helicopter lost in Kursk",
            "A Russian Mi-8 helicopter went down in Kursk region after Ukrainian air defence "
            "units engaged it, killing three crew members, Ukraine's military said.",
        ),
        (
            "",
            "Rebels said they had shot down a military plane over the province on Monday.",
        ),
    ],
)
def test_an_aircraft_brought_down_by_fire_is_a_battle(title, text):
    verdict = tag(title, text)
    assert verdict.is_conflict
    assert "battle" in tags_of(verdict)


def test_a_training_crash_that_kills_its_crew_stays_an_accident():
    verdict = tag(
        "Military helicopter crashes in training",
        "An army helicopter crashed during a training flight on Tuesday, killing all four "
        "crew, the ministry said. An investigation into the cause has begun.",
    )
    assert not verdict.is_conflict


def test_a_proposal_shot_down_is_no_battle():
    verdict = tag(
        "Council shoots down stadium plan",
        "The council shot down the plan for a new stadium on Monday, and the club said it "
        "would appeal.",
    )
    assert not verdict.is_conflict


def test_police_who_kill_protesters_are_unrest_however_it_is_worded():
    verdict = tag(
        "Protest",
        "Crowds marched on the governor's office chanting anti-government slogans; police "
        "opened fire, killing two protesters.",
    )
    assert verdict.is_conflict
    assert "unrest" in tags_of(verdict)


def test_men_accused_of_theft_and_beaten_to_death_by_a_mob_are_a_crime():
    verdict = tag(
        "Motorbike thieves killed by mob",
        "Two men accused of stealing a motorbike were beaten to death by a mob in Kayunga "
        "district on Sunday, police said.",
    )
    assert not verdict.is_conflict


def test_men_accused_of_stealing_cattle_and_lynched_stay_violence():
    verdict = tag(
        "",
        "Gunmen from a rival community accused of stealing cattle were lynched in Jonglei, "
        "and raiders burned 40 homes in revenge, officials said.",
    )
    assert verdict.is_conflict
