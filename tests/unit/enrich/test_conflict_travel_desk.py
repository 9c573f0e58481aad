"""The travel desk's words of war in other senses: air traffic controllers' strikes against a
pension reform, tourist arrivals counted at a record, the shells of buildings left as
memorials. Strikes from the air, people arriving after fleeing, and a shell that hit a
building stay what they were."""

from __future__ import annotations

import pytest

from pipeline.enrich.cues import lower, scan
from pipeline.enrich.rules import default_rules

from .support import tag, tags_of


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "French air traffic controllers' strike forces Ryanair to cancel 400 flights",
            "Ryanair cancelled more than 400 flights on Friday as air traffic controllers "
            "walked out in the latest of a series of strikes against the government's pension "
            "reform. The airline's chief executive said it was unacceptable that flights were "
            "cancelled because of French strikes.",
        ),
        (
            "Pilots' strikes ground Lufthansa",
            "Lufthansa cancelled 800 flights as pilots' strikes over pay entered a second day.",
        ),
    ],
)
def test_labour_strikes_at_airports_are_no_conflict(title, text):
    found = tag(title, text)
    assert not found.is_conflict
    assert "explosions_remote_violence" not in tags_of(found)


def _cue_tags(text: str) -> set[str]:
    """The tags of every cue the lexicon and the patterns find in one sentence."""
    return {t for _, _, info in scan(default_rules(), text, lower(text)) for t, _ in info[1]}


@pytest.mark.parametrize(
    "text",
    [
        "Foreign arrivals rose to a record 15.7 million last year, the tourism ministry said.",
        "International arrivals at Hurghada airport doubled.",
    ],
)
def test_tourist_arrivals_are_no_displacement(text):
    assert "displacement" not in _cue_tags(text)


def test_the_shells_of_buildings_left_as_memorials_are_no_shelling():
    text = (
        "Some tour companies now offer guided visits to the suburbs of Bucha and Irpin, where "
        "the shells of destroyed buildings have been left as memorials."
    )
    assert "explosions_remote_violence" not in _cue_tags(text)


def test_new_arrivals_at_a_camp_and_shelling_stay_cues():
    assert "displacement" in _cue_tags("New arrivals at the camp told of the journey.")
    assert "explosions_remote_violence" in _cue_tags("Shells fell on the market at dawn.")


@pytest.mark.parametrize(
    "text",
    [
        "French strikes on Islamic State positions near Raqqa killed 30 fighters, the army said.",
        "A shell hit a building in Kherson, killing two people, the governor said.",
    ],
)
def test_strikes_from_the_air_and_shells_that_hit_stay_violence(text):
    assert tag("", text).is_conflict
