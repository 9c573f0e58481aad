"""From the children's news set, told in plain words: a gunman who attacked two mosques
attacks the worshippers, and pupils taken from their school are abducted (strong cues of
violence against civilians); parents who take their children from a school do not."""

from __future__ import annotations

from pipeline.enrich.cues import lower, scan
from pipeline.enrich.rules import default_rules


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
