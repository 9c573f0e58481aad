"""Armed men in a sentence about singers, actors or musicians: what they did to them is
news ("Taliban fighters ... shot him dead"), so the artists' words no longer demote a
sentence that names an armed actor, as the film's words still do. Separatists, guerrillas
and paramilitaries who abduct people are a strong cue of violence against civilians, as
gunmen and bandits are. Fighters who surrender to troops are no attack, even when their
group is named."""

from __future__ import annotations

from .support import tag, tags_of


def test_fighters_who_shoot_a_singer_dead_are_conflict():
    found = tag(
        "Taliban fighters kill folk singer in Andarab",
        "Taliban fighters dragged the folk singer from his home in the Andarab valley and "
        "shot him dead, his son said on Sunday. The singer had performed at weddings for "
        "three decades. Many musicians have gone into hiding since the group took power.",
    )
    assert found.is_conflict


def test_separatists_who_abduct_actors_are_violence_against_civilians():
    found = tag(
        "Separatist fighters abduct actors on set near Bamenda",
        "Armed separatists abducted five actors and two crew members from the set of a "
        "television series in a village near Bamenda on Saturday, local officials said. The "
        "guild of actors called for their release.",
    )
    assert found.is_conflict
    assert "violence_against_civilians" in tags_of(found)


def test_an_actor_who_plays_a_fighter_in_a_film_stays_fiction():
    found = tag(
        "War drama tops the box office",
        "The film stars a veteran actor as a rebel fighter who is shot dead in the last "
        "scene, and took $40 million in its first weekend, the distributor said.",
    )
    assert not found.is_conflict


def test_fighters_who_surrender_to_troops_are_no_attack():
    found = tag(
        "Over 1,000 Boko Haram fighters and families surrender to troops in Borno",
        "More than 1,000 Boko Haram and ISWAP fighters and their family members surrendered "
        "to troops in Bama and Gwoza in the past two weeks, the military said at a briefing "
        "in Abuja. The surrendered persons were handed over to the state government for "
        "deradicalisation, he said.",
    )
    assert not found.is_conflict
