"""The displacement tag: people driven from their homes by a war, however the story says it."""

from __future__ import annotations

import pytest

from pipeline.enrich.lexicon import Lexicon

from .support import tag, tags_of


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Rebels and army fight for control of Beni district",
            "Soldiers and rebels fought with heavy weapons outside the town for a third day, "
            "the army said. Hundreds of families took refuge in a mission hospital.",
        ),
        (
            "Militia raids villages in Ituri",
            "Militia fighters raided three villages overnight, killing nine people and forcing "
            "thousands of residents to flee towards Bunia, local officials said.",
        ),
        (
            "Army orders civilians out of Kidal ahead of assault",
            "The army ordered the remaining residents of the northern town to leave within 48 "
            "hours as troops and drones massed for an assault on the rebel stronghold.",
        ),
        (
            "Shelling empties frontline town",
            "Artillery pounded the town for a week, and residents were evacuated by bus to the "
            "regional capital, the governor said.",
        ),
        (
            "Gang offensive in Port-au-Prince suburb",
            "Armed gangs attacked the suburb with automatic rifles, burning houses. Families "
            "sought shelter in schools and churches in the city centre.",
        ),
        (
            "Shelling near the border",
            "Mortar rounds fell on border villages as the two armies traded fire, prompting "
            "many families to leave their homes for the provincial capital.",
        ),
    ],
)
def test_people_leaving_their_homes_under_fire_is_displacement(title, text):
    conflict = tag(title, text)
    assert conflict.is_conflict
    assert "displacement" in tags_of(conflict)


def test_a_company_phrase_keeps_the_tags_of_its_words():
    conflict = tag(
        "Drone strike on camp kills five",
        "A drone struck a camp for displaced people near the front line, killing five "
        "people, the local health office said.",
    )
    assert "displacement" in tags_of(conflict)
    lexicon = Lexicon.build(
        [
            ("displac*", ("tag", "displacement", "strong")),
            ("camp for displaced", ("targets", "", "")),
        ]
    )
    assert ("tag", "displacement", "strong") in lexicon.roles("camp for displaced")
    assert ("targets", "", "") in lexicon.roles("camp for displaced")


def test_a_mask_does_not_take_the_tags_of_its_words():
    lexicon = Lexicon.build([("war", ("tag", "battle", "weak")), ("price war", ("mask", "", ""))])
    assert lexicon.roles("price war") == (("mask", "", ""),)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Blast at chemical plant kills workers",
            "An explosion at a chemical plant killed seven workers and injured 30, police said. "
            "Residents were evacuated from nearby streets as fires burned.",
        ),
        (
            "Man held over fire at flats",
            "Police arrested a man on suspicion of arson after a fire at a tower block forced "
            "residents to flee. Three people were treated for smoke inhalation.",
        ),
    ],
)
def test_evacuations_after_accidents_and_crimes_are_not_conflict(title, text):
    assert not tag(title, text).is_conflict


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Aid convoy reaches Khan Younis after two weeks",
            "Twelve trucks carrying flour and medical supplies entered Khan Younis on Tuesday, "
            "the first aid convoy in two weeks, the World Food Programme said.",
        ),
        (
            "Hunger spreads in Darfur camps",
            "Families in camps around El Fasher are eating one meal a day, and children are "
            "dying of malnutrition, aid agencies said.",
        ),
    ],
)
def test_need_in_a_war_zone_is_a_war_consequence_without_a_word_of_war(title, text):
    assert tag(title, text).is_conflict


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Hunger spreads in drought-hit villages",
            "Families in villages around Turkana are eating one meal a day, and children are "
            "dying of malnutrition, aid agencies said.",
        ),
        (
            "Kharkiv tractor plant raises output",
            "The Kharkiv tractor plant said it built 20% more tractors this year and hired "
            "300 workers for a new assembly line.",
        ),
    ],
)
def test_need_elsewhere_or_a_war_zone_alone_is_not_conflict(title, text):
    assert not tag(title, text).is_conflict
