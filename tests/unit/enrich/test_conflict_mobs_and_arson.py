"""A mob that sets fire to a building is unrest in any tense ("Mob sets fire to museum",
"rioters torch police station"), and a protest that "turns violent" is one: strong cues of
unrest, as their other tenses were."""

from __future__ import annotations

from pipeline.enrich.cues import lower, scan
from pipeline.enrich.rules import default_rules


def _strong(text: str) -> set[str]:
    hits = scan(default_rules(), text, lower(text))
    return {t for _, _, info in hits for t, strength in info[1] if strength == "strong"}


def test_a_mob_that_sets_fire_to_a_building_is_strong_unrest():
    assert "unrest" in _strong("Mob sets fire to museum at Sheikh Mujib's house in Dhaka")
    assert "unrest" in _strong("Rioters torch a police station in the north")
    assert "unrest" in _strong("Two churches burned as protest anniversary turns violent")
