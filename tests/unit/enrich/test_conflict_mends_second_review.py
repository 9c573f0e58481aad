"""Conflict verdicts mended after the second probe review of 2026-11-28 and the blind sets
scored that day: captives handed to the Red Cross and munitions destroyed by the army are no
strike, nor is what drills rehearse, an art show about a war, a blast put down to gas or a
budget "raid"; a politician shot in the active voice, rebels entering a city and a strike a
leader reacts to stay news."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.scoring import load_jsonl

from .support import tag


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # captives handed over with their number between the verb and the Red Cross
        (
            "Two hostages handed over",
            "Hamas handed two Israeli hostages to the Red Cross in Khan Younis on Saturday, and "
            "Israel freed 183 Palestinian prisoners under the ceasefire deal.",
        ),
        (
            "Prisoners go home",
            "The rebels released 40 captured soldiers to the ICRC at a crossing point on Monday.",
        ),
        # munitions that blow up while being destroyed: their own blast is no strike
        (
            "",
            "Expired army ammunition exploded at a depot in Brazzaville while soldiers were "
            "destroying it, injuring 20 people nearby, the government said.",
        ),
        (
            "",
            "Expired ammunition exploded at a military camp outside Lagos as it was being "
            "destroyed, killing three soldiers, the army said.",
        ),
    ],
)
def test_handovers_and_expired_munitions_are_no_violence(title, text):
    assert not tag(title, text).is_conflict


def test_a_handover_beside_a_killing_stays_conflict():
    text = (
        "Hamas handed the bodies of two hostages to the Red Cross on Thursday, hours after an "
        "Israeli airstrike killed 30 people in Jabalia, the civil defence said."
    )
    assert tag("Bodies handed over", text).is_conflict


def test_a_disposal_blast_with_soldiers_among_the_dead_is_an_accident():
    text = (
        "Thirteen people, four of them soldiers, were killed when expired ammunition exploded "
        "during a disposal operation by the army at a beach in Garut on Monday, the military "
        "said. Villagers who gather scrap metal from the casings were among the dead."
    )
    assert not tag("Ammunition disposal blast kills 13 in West Java", text).is_conflict


def test_a_strike_on_an_ammunition_depot_stays_conflict():
    text = (
        "A Ukrainian drone strike set off a huge explosion at an ammunition depot in Toropets "
        "overnight, killing two soldiers, the regional governor said."
    )
    assert tag("Drone strike hits Russian ammunition depot", text).is_conflict


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "China stages drills around Taiwan",
            "China's military began a second day of large-scale exercises around Taiwan, "
            "practising a blockade of key ports and strikes on energy facilities with live fire.",
        ),
        ("", "Israeli jets simulated strikes on Iran in a drill over the Mediterranean."),
    ],
)
def test_what_drills_rehearse_is_no_event(title, text):
    assert not tag(title, text).is_conflict


def test_a_strike_beside_a_rehearsed_one_stays_conflict():
    text = (
        "Russian forces practised strikes on airfields last week, then hit Kharkiv with missiles "
        "overnight, killing 12 people, the governor said."
    )
    assert tag("Missiles hit Kharkiv", text).is_conflict


def test_a_candidate_shot_in_the_active_voice_is_violence_against_a_civilian():
    text = (
        "A gunman shot Senator Julián Arbeláez, a presidential hopeful of the opposition, twice "
        "in the head as he addressed supporters in a park in Bogotá on Saturday, police said. A "
        "15-year-old suspect was arrested at the scene. The defence minister said investigators "
        "were looking into whether an armed group had paid for the attack."
    )
    verdict = tag("Colombian presidential hopeful shot at Bogotá rally", text)
    assert verdict.is_conflict
    assert "violence_against_civilians" in {h.tag for h in verdict.tags}


def test_a_player_shot_in_the_active_voice_is_no_politics():
    text = "The striker shot the ball past the keeper in the 89th minute to win the derby."
    assert not tag("Late winner settles derby", text).is_conflict


def test_rebels_entering_a_city_report_the_war():
    text = (
        "More than 30,000 people crossed from Congo into Burundi in three days after M23 rebels "
        "and their allies entered the lakeside city of Uvira, the UN refugee agency said."
    )
    assert tag("Thousands cross into Burundi", text).is_conflict


def test_allies_entering_talks_are_no_advance():
    assert not tag("", "Opposition allies entered the talks on Monday.").is_conflict


def test_an_art_show_about_a_war_is_no_report_of_it():
    # the whole article of dev137 je0002 (a short excerpt with only the war's words still
    # scores above the threshold: fiction halves the strong cues of its sentences)
    record = next(r for r in _load_conflict("dev137") if r["id"] == "je0002")
    assert not tag(record["title"], record["text"]).is_conflict


def _load_conflict(name: str) -> list[dict]:
    return load_jsonl(Path(__file__).resolve().parents[3] / "eval" / name / "conflict.jsonl")


@pytest.mark.parametrize(
    "text",
    [
        "A Russian missile struck an exhibition centre in Kyiv, killing three people.",
        "An artist was killed when a Russian drone hit his studio in Kharkiv on Monday.",
    ],
)
def test_strikes_on_venues_and_artists_stay_conflict(text):
    assert tag("", text).is_conflict


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Correction: Obolon blast caused by gas, not a drone",
            "We earlier reported an explosion in a residential building in Kyiv as a possible "
            "drone strike. Emergency services now say it was caused by a gas leak, and there "
            "was no air raid alert at the time. Two people were injured.",
        ),
        (
            "Reeves defends budget 'raid' on pensions",
            "The chancellor has defended her budget against accusations that it amounts to a "
            "raid on pension savers. The opposition said it would fight the measures line by "
            "line.",
        ),
    ],
)
def test_gas_blasts_and_budget_raids_are_no_war(title, text):
    assert not tag(title, text).is_conflict


def test_a_reaction_that_says_the_enemy_wants_no_peace_keeps_the_strike():
    text = (
        "Ukraine's president has reacted to the overnight attack, in which Russia fired more "
        "than 40 missiles and nearly 600 drones, killing four members of one family in Lviv. "
        '"Every such strike shows Moscow is not interested in peace," Volodymyr Zelensky '
        "wrote, urging allies to speed up deliveries of air defence systems."
    )
    title = "Zelensky: 'Every such strike shows Moscow is not interested in peace'"
    assert tag(title, text).is_conflict
