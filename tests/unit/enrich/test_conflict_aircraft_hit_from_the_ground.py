"""An aircraft damaged by fire from the ground, anti-aircraft fire or an air-defence missile
was shot at (dev209): "damaged by fire from the ground over Russia". A plane damaged by
hail or a bird strike was not."""

from __future__ import annotations

from .support import tag


def test_a_jet_damaged_by_fire_from_the_ground_is_conflict():
    found = tag(
        "Jet was hit by fire from Russian territory, president says",
        "The president said on Sunday that an airliner that came down in Kazakhstan had been "
        "damaged by fire from the ground over Russia. 38 people were killed and 29 survived. "
        "Putin apologised to the president for what he called a tragic incident.",
    )
    assert found.is_conflict


def test_a_jet_damaged_by_hail_is_no_conflict():
    found = tag(
        "Jet damaged by hail lands safely",
        "An airliner was damaged by hail over Austria and landed safely in Vienna, the "
        "airline said. None of the 173 people on board was hurt.",
    )
    assert not found.is_conflict
