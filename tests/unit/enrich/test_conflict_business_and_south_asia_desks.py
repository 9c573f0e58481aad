"""From the business desk and South Asia's press: a hauliers' blockade of border posts is a
trade protest, a cyberattack that knocks out air raid warning sirens reports no raid, and
"the risk of Russian strikes" reports none; a mob that kills on a rumour of child abduction
is mob justice and a gangster who claims a killing claims a crime. Cow vigilantes who beat
a cattle trader to death are communal violence, and opposition parties that "staged
protests" staged no play."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.scoring import load_jsonl

from .support import explained, tag

EVAL = Path(__file__).parents[3] / "eval"


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Polish hauliers' blockade strands thousands of trucks at Ukraine border",
            "Thousands of trucks were stuck at crossings as Polish hauliers continued a blockade "
            "of three border posts, demanding permits lifted after Russia's invasion. They let "
            "through humanitarian aid and military supplies. Police said the protest was "
            "peaceful.",
        ),
        (
            "Woman beaten to death by mob on suspicion of child abduction",
            "A woman was beaten to death by a mob at a primary school on Saturday after she was "
            "suspected of being a child abductor, police said, amid rumours on social media. "
            "Police arrested five people.",
        ),
    ],
)
def test_the_desks_other_senses_are_no_conflict(title, text):
    assert not tag(title, text).is_conflict


@pytest.mark.parametrize(
    ("folder", "ident"),
    [
        ("dev151", "jl0019"),  # war-risk cover stalled by "the risk of Russian strikes"
        ("dev151", "jl0036"),  # a cyberattack that disrupted air raid warning sirens
        ("dev149", "jk0009"),  # a singer's killing claimed by a gangster
        ("dev155", "jn0004"),  # troops cordon a town in a new phase of an anti-gang plan
    ],
)
def test_whole_articles_of_the_desks_that_report_no_conflict(folder, ident):
    record = next(r for r in load_jsonl(EVAL / folder / "conflict.jsonl") if r["id"] == ident)
    assert not tag(record["title"], record["text"]).is_conflict


def test_cow_vigilantes_who_beat_a_cattle_trader_to_death_are_violence():
    verdict = tag(
        "Dairy farmer dies after cow vigilantes attack cattle truck",
        "A dairy farmer died in hospital on Monday, two days after he and four others were "
        "stopped and beaten by a group of self-styled cow protectors on the highway, police "
        "said. His companions were also injured. Muslim organisations and opposition parties "
        "staged protests in Jaipur.",
    )
    assert verdict.is_conflict


def test_those_involved_brought_to_book_names_no_book():
    _, features = explained(
        "Bomb kills one",
        "One person was killed when a bomb exploded near a bus stop, police said. Those "
        "involved will be brought to book, the police chief said.",
    )
    assert features["nonconflict"] == 0.0


def test_what_a_drills_scenario_envisages_is_no_event():
    verdict = tag(
        "Bloc holds exercises near the border",
        "About 3,000 soldiers are taking part in the drills, practising how to repel an "
        "incursion by armed groups. The scenario envisages militants crossing the river and "
        "seizing a border area, followed by a counter-offensive with air support. The annual "
        "exercises reassure the region's governments, analysts said.",
    )
    assert not verdict.is_conflict


def test_looting_after_an_earthquake_is_the_disasters_disorder():
    verdict = tag(
        "",
        "Looters emptied shops in the port after the earthquake, and the army was deployed "
        "to distribute aid, officials said.",
    )
    assert not verdict.is_conflict
