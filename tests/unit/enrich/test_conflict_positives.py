"""Conflict said plainly but without the usual words: armed men who fire on people, mobs that
storm buildings, devices that explode; and an arms contract that is none."""

from __future__ import annotations

from .support import tag, tags_of


def test_militants_firing_on_a_bus_of_pilgrims_is_conflict():
    conflict = tag(
        "Bus plunges off road after militants open fire",
        "Seven pilgrims were killed and 20 hurt when militants fired on a bus carrying "
        "devotees home from a shrine, police said. The militants had been lying in wait "
        "on the mountain road.",
    )
    assert conflict.is_conflict


def test_a_mob_storming_a_parliament_is_unrest_not_weather():
    conflict = tag(
        "Mob storms parliament in Tirana",
        "Hundreds of people broke through police lines and smashed windows, and officers "
        "fired tear gas.",
    )
    assert conflict.is_conflict
    assert "unrest" in tags_of(conflict)


def test_devices_that_explode_and_kill_are_remote_violence():
    conflict = tag(
        "Radios used by militia members explode across the region",
        "Hand-held radios blew up in several towns, killing at least six people, and the "
        "militia blamed the army.",
    )
    assert conflict.is_conflict


def test_an_arms_contract_is_not_conflict():
    conflict = tag(
        "Romania signs deal for 54 Abrams tanks",
        "Romania signed a contract for 54 tanks to modernise its army; the first will be "
        "delivered in 2026. The minister said the war next door showed the need for armour.",
    )
    assert not conflict.is_conflict


def test_gunmen_who_storm_a_town_are_violence_not_weather():
    conflict = tag(
        "Gunmen storm college in Mandera",
        "The attackers separated students by religion before shooting them, survivors said. "
        "At least 30 people were killed.",
    )
    assert conflict.is_conflict
