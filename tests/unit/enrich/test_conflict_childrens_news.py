"""From the children's news and the housing sets, told in plain words: a gunman who
attacked two mosques attacks the worshippers, pupils taken from their school are abducted,
and homes demolished by soldiers or settlers are violence against civilians (strong cues);
parents who take their children from a school, and soldiers who tear down houses a quake
damaged, are not."""

from __future__ import annotations

from pipeline.enrich.cues import lower, scan
from pipeline.enrich.rules import default_rules

from .support import tag


def _strong(text: str) -> set[str]:
    hits = scan(default_rules(), text, lower(text))
    return {t for _, _, info in hits for t, strength in info[1] if strength == "strong"}


def test_attacks_on_mosques_and_pupils_taken_from_school_are_strong_cues():
    vac = "violence_against_civilians"
    assert vac in _strong("a gunman attacked two mosques in the city of Christchurch")
    assert vac in _strong("More than 280 pupils and teachers have been taken from a school")
    assert vac in _strong("girls were abducted from their school at night")


def test_children_taken_from_school_by_parents_are_no_cue():
    assert _strong("Parents have taken their children from the school after a row") == set()


def test_homes_demolished_by_soldiers_are_a_strong_cue_and_news():
    vac = "violence_against_civilians"
    assert vac in _strong("Israeli soldiers and bulldozers demolished eight homes")
    assert vac in _strong("settlers razed two villages in the hills")
    found = tag(
        "Israeli troops demolish homes in Masafer Yatta",
        "Israeli soldiers demolished eight homes south of Hebron on Wednesday, leaving 40 "
        "people without shelter.",
    )
    assert found.is_conflict


def test_houses_a_quake_damaged_torn_down_by_soldiers_are_no_conflict():
    found = tag(
        "Army helps quake survivors",
        "Soldiers tore down damaged houses in the town after the earthquake, officials said. "
        "Rescue teams searched the rubble for survivors.",
    )
    assert not found.is_conflict
