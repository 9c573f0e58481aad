"""Munitions that go off with no one attacking: an ammunition depot's own blast is an
accident, though shells explode and people are evacuated (a strike that sets a depot off is
still conflict), and a war's old mines and bombs that kill long after it are its legacy."""

from __future__ import annotations

import pytest

from .support import tag


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Explosions at ammunition depot force evacuation of 9,000 villagers",
            "Explosions at a military ammunition depot near the town injured six people on "
            "Tuesday and forced the evacuation of about 9,000 residents, officials said. A "
            "fire had set off artillery shells stored at the site, the defence ministry said.",
        ),
        (
            "Fifteen soldiers killed in ammunition depot blast",
            "Fifteen soldiers were killed when explosions tore through an ammunition depot at "
            "a base in the north, the ministry said. The blasts went on for hours; the army "
            "blamed the heat and said it would move old stocks away from towns.",
        ),
    ],
)
def test_a_depots_own_blast_is_an_accident(title, text):
    assert not tag(title, text).is_conflict


def test_a_strike_that_sets_off_a_depot_is_conflict():
    text = (
        "Drones struck an ammunition depot near the front overnight, setting off explosions "
        "that forced the evacuation of nearby villages, the regional governor said. Shells "
        "stored at the site kept exploding until morning."
    )
    assert tag("Drone strike sets off blasts at ammunition depot", text).is_conflict


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Old landmine kills two herders in Angola",
            "Two herders were killed on Monday when an old anti-tank mine exploded under their "
            "cart near Cuito Cuanavale, officials said. The mine was laid during the civil war, "
            "which ended in 2002.",
        ),
        (
            "Boy killed by old cluster bomb in Xieng Khouang",
            "A 12-year-old boy was killed when an old cluster bomb he found in a field exploded, "
            "police said. Millions of bomblets were dropped during the war.",
        ),
    ],
)
def test_a_wars_old_munitions_that_kill_long_after_it_are_its_legacy(title, text):
    assert not tag(title, text).is_conflict
