"""Forces that cross a border into another country are an incursion, not people fleeing
(dev291): "since Ukrainian forces crossed into Russia last week" makes an evacuation story
news of the war; refugees who cross into a country still flee."""

from __future__ import annotations

from .support import tag, tags_of


def test_forces_crossing_into_a_country_make_an_evacuation_story_war_news():
    found = tag(
        "Kursk evacuates 121,000 as region declares federal emergency",
        "More than 121,000 people have been evacuated from border districts of the Kursk region "
        "since Ukrainian forces crossed into Russia last week, the acting governor said on "
        "Wednesday. Temporary accommodation centres were full. Families said they had lost "
        "contact with elderly relatives who stayed behind in villages now held by Ukrainian "
        "troops. Each evacuee is to receive a one-off payment.",
    )
    assert found.is_conflict
    assert "military_operation" in tags_of(found)


def test_refugees_crossing_into_a_country_are_displacement_not_an_operation():
    found = tag(
        "Refugees cross into Chad",
        "About 2,000 refugees crossed into Chad on Tuesday, the UN refugee agency said. They "
        "were registered at a transit centre in Adre and given food and water.",
    )
    assert "military_operation" not in tags_of(found)
