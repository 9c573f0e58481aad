"""Armed men who abduct people target them: "Bandits abduct Kannywood actors", "gunmen
kidnapped 20 passengers" are strong cues of violence against civilians, which lift a
sentence that names artists, as any strong violent cue does. Actors cast as kidnappers in a
film stay fiction."""

from __future__ import annotations

from .support import tag, tags_of


def test_bandits_who_abduct_actors_are_violence_against_civilians():
    found = tag(
        "Bandits abduct Kannywood actors on Kano-Katsina road",
        "The actors were travelling to a location shoot when their bus was stopped on Sunday "
        "evening, a producer said. Police said a search was under way.",
    )
    assert found.is_conflict
    assert "violence_against_civilians" in tags_of(found)


def test_gunmen_who_kidnapped_passengers_are_violence_against_civilians():
    found = tag("", "Gunmen kidnapped 20 passengers from a bus in Zamfara on Friday, police said.")
    assert "violence_against_civilians" in tags_of(found)


def test_actors_who_play_kidnappers_in_a_film_stay_fiction():
    found = tag(
        "Nollywood thriller tops the box office",
        "The film, starring two veteran actors as kidnappers who abduct a senator's daughter, "
        "took 40 million naira in its first weekend, the distributor said.",
    )
    assert not found.is_conflict
