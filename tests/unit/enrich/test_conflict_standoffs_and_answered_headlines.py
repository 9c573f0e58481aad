"""Stand-offs, tests and accidents that tell no fighting (dev253, dev257): a coast guard's
water cannon at a supply boat, an unarmed missile in a routine test, an army truck that
plunges into a gorge, a war film flying into cinemas. A headline's crime context is answered
when the body names the attack terrorism (dev255: "Police hunt gunmen after shooting
spree")."""

from __future__ import annotations

from .support import explained, tag


def test_a_coast_guards_water_cannon_at_a_supply_boat_is_a_standoff():
    found = tag(
        "China coast guard water-cannons Philippine supply boat near the shoal",
        "A Chinese coast guard ship fired a water cannon at a Philippine boat carrying food and "
        "fuel to troops on a grounded warship on Saturday, the Philippine coast guard said. The "
        "supply boat was forced to turn back. No one was hurt, officials said. Six Chinese "
        "coast guard ships blocked the route. Manila summoned China's ambassador.",
    )
    assert not found.is_conflict


def test_an_unarmed_missile_in_a_routine_test_hits_nothing():
    found = tag(
        "Unarmed Minuteman III launched in routine test",
        "An unarmed Minuteman III intercontinental ballistic missile was launched from "
        "Vandenberg late on Tuesday, Air Force Global Strike Command said, in what it called a "
        "routine test. The missile's test re-entry vehicle travelled about 4,200 miles to "
        "Kwajalein Atoll. The launch had been scheduled years in advance. Crews from the 90th "
        "Missile Wing took part.",
    )
    assert not found.is_conflict


def test_soldiers_killed_when_their_truck_plunges_into_a_gorge_died_in_an_accident():
    found = tag(
        "Seven soldiers killed as army truck plunges into gorge",
        "Seven soldiers were killed on Saturday when an army truck skidded off a road and fell "
        "into a gorge in the mountains, the army said. The vehicle was part of a convoy "
        "carrying troops to a border post. One other soldier was injured and airlifted to "
        "hospital. Officials said the road was narrow and icy.",
    )
    assert not found.is_conflict


def test_a_war_film_that_flies_into_cinemas_is_a_film():
    found = tag(
        "'Sky Force' flies into cinemas with story of 1965 air raid",
        "The film retells an Indian air raid on a Pakistani air base during the 1965 war. Its "
        "dogfights were shot with drones and computer effects. The lead actor plays a squadron "
        "leader shot down over enemy territory. Critics praised the aerial scenes. It opens "
        "on Friday.",
    )
    assert not found.is_conflict


def test_a_crime_headline_is_answered_by_the_terror_attack_in_its_body():
    found, features = explained(
        "Police hunt gunmen after shooting spree in the old town",
        "Police were hunting at least one suspected gunman on Tuesday after attackers opened "
        "fire at several places in the old town on Monday evening, killing four people and "
        "wounding 22. One attacker, armed with an automatic rifle, was shot dead by police "
        "near a church, the interior minister said. He described the man as a supporter of "
        "Islamic State. Schools stayed closed. The chancellor called it a terror attack.",
    )
    assert found.is_conflict
    assert features["framed"] == 0.0
