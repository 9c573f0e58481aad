"""Institutional voices (press releases, prosecutors, ministries, armed forces): what they
call terrorism, attacks on convoys and burial sites are conflict; statistics that "fell
to" a number, battles against hunger, exercises and wartime bombs defused are not."""

from __future__ import annotations

import pytest

from .support import tag, tags_of


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Transport ministry: road deaths fall again",
            "Road deaths fell to 2,904 last year, the transport ministry said, the lowest "
            "since records began. Deaths of cyclists fell to 312.",
        ),
        (
            "Ministry vows to win the battle against hunger",
            "The social development minister said the battle against hunger would be won "
            "district by district, with school meals for 2 million children.",
        ),
        (
            "Wartime bomb defused in Cologne after evacuation",
            "A 500-kilogram aerial bomb from the Second World War was defused on Sunday after "
            "12,000 residents had left their homes, the city said. They may now return.",
        ),
        (
            "Armed forces hold peacekeeping exercise",
            "Troops from nine countries held a peacekeeping field exercise at the training "
            "camp, the armed forces said. Battalions rehearsed convoy protection and the "
            "protection of civilians before deployment to UN missions.",
        ),
    ],
)
def test_statistics_metaphors_exercises_and_old_bombs_are_not_conflict(title, text):
    assert not tag(title, text).is_conflict


def test_what_an_anti_terrorist_prosecutor_investigates_is_terrorism():
    found = tag(
        "Anti-terrorist prosecutor takes over knife attack inquiry",
        "The national anti-terrorist prosecutor opened an investigation for terrorist murder "
        "after a man killed a librarian and wounded two people. The suspect had pledged "
        "allegiance to the Islamic State.",
    )
    assert found.is_conflict and "terrorism" in tags_of(found)


def test_a_convoy_hit_and_a_mass_burial_site_are_violence_against_civilians():
    convoy = tag(
        "WFP: convoy hit near Aleppo, driver killed",
        "A convoy carrying food for 40,000 people was hit near the town on Monday, the World "
        "Food Programme said. Ten trucks burned and a driver was killed.",
    )
    assert convoy.is_conflict and "violence_against_civilians" in tags_of(convoy)
    burial = tag(
        "Police: mass burial site found near retaken town",
        "Investigators found a mass burial site with 212 bodies near the town, which the army "
        "retook last week, police said. Most of the dead were civilians.",
    )
    assert burial.is_conflict and "violence_against_civilians" in tags_of(burial)
