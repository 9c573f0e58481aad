"""A mob's hunt and its fires are unrest (dev217, and older sets' misses): fans hunted down
and beaten after a match, a mob that beats men, buses and trams set on fire as rioting
breaks out. A bus that catches fire on a motorway is an accident."""

from __future__ import annotations

from .support import tag


def test_fans_hunted_down_and_beaten_are_unrest():
    found = tag(
        "Maccabi Tel Aviv fans hunted down in Amsterdam streets",
        "Groups of men on scooters hunted down Israeli supporters in central Amsterdam "
        "overnight after the Europa League match, chasing them through the streets, police "
        "said. Five people were treated in hospital and 62 were arrested.",
    )
    assert found.is_conflict


def test_a_mob_that_tears_down_a_house_and_beats_men_is_unrest():
    found = tag(
        "Crowds tear down Sheikh Mujib's house museum in Dhaka",
        "Crowds with excavators and hammers tore down the house of Bangladesh's founding "
        "leader in Dhaka overnight. Protesters set fire to the building on Wednesday evening, "
        "witnesses said. The house had been a museum since 1994. Homes of Awami League leaders "
        "were set alight in six districts, and a mob beat two men in Gazipur, leaving them "
        "critically injured. The interim government said the attacks were unwanted. The army "
        "said it had deployed soldiers to protect property, and police said 40 people had been "
        "arrested. Hasina, who fled to India in August, called it an attempt to erase history.",
    )
    assert found.is_conflict


def test_a_bus_that_catches_fire_on_a_motorway_is_an_accident():
    found = tag(
        "Bus catches fire on motorway, passengers escape",
        "A coach carrying 40 passengers caught fire on the M6 on Tuesday after its engine "
        "overheated. All passengers escaped unhurt, the fire service said.",
    )
    assert not found.is_conflict
