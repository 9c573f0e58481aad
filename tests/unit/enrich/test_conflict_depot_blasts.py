"""An ammunition depot's own blast is an accident, though shells go off in it and people
are evacuated; a strike that sets a depot off is still conflict."""

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
