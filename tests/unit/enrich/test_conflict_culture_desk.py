"""The culture desk: singers, actors and writers are people whom war can reach, so a strong
cue of violence is what befell them; their films, albums and books about a war stay stories.
An attack its authorities call "of a terrorist nature" is terrorism."""

from __future__ import annotations

import pytest

from .support import tag, tags_of


def test_a_singer_caught_in_crossfire_between_armed_sides_is_conflict():
    found = tag(
        "Folk singer killed in crossfire in the capital",
        "A well-known folk singer was killed on Monday when he was caught in crossfire "
        "between the army and a paramilitary force near his home, the musicians' union said. "
        "Fighting has trapped thousands of residents in the city.",
    )
    assert found.is_conflict
    assert "battle" in tags_of(found)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Director's new film revisits the siege",
            "The director's new film follows a family through the siege of the city, when "
            "snipers shot at people queuing for water and shells fell on the market. The actor "
            "who plays the father said the shoot was harrowing.",
        ),
        (
            "Singer's album tells of the war years",
            "The singer's new album tells of the war years, of air raids and the friends he lost "
            "at the front, and goes on sale next week.",
        ),
    ],
)
def test_films_and_albums_about_a_war_stay_stories(title, text):
    assert not tag(title, text).is_conflict


def test_an_attack_of_a_terrorist_nature_is_terrorism():
    found = tag(
        "Railway line blown up in the east",
        "An explosive charge destroyed a section of the railway line used to carry aid on "
        "Saturday, and prosecutors said the act of sabotage was of a terrorist nature.",
    )
    assert found.is_conflict
    assert "terrorism" in tags_of(found)


def test_a_novelist_wounded_in_a_missile_strike_is_news_of_the_war():
    found = tag(
        "Novelist dies of her wounds after missile strike on restaurant",
        "The novelist died in hospital on Sunday of wounds she suffered when a Russian missile "
        "hit a restaurant in Kramatorsk on Tuesday, her publisher said. Thirteen people were "
        "killed in the strike. Her first novel was shortlisted for a national prize.",
    )
    assert found.is_conflict


def test_a_novelists_book_about_a_siege_stays_a_book():
    found = tag(
        "Novelist's new book returns to the siege",
        "The novelist's new book follows a family through the siege of the city, when shells "
        "fell on the market and snipers shot at people queuing for water. Her publisher said "
        "the novel would be translated into 12 languages.",
    )
    assert not found.is_conflict
