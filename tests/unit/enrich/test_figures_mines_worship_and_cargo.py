"""What mining towns and places of worship count (dev242, dev244): diggers, pickers and
prospectors, dredges, airstrips, metal detectors, pits and shafts, dormitories and shacks;
shrines, chapels and maqams, imams and parishioners. Trucks count aid only in a story that
names aid: elsewhere they carry ore, goods or belongings (dev242; the older sets, with no aid
word before the truck's sentence ends: other 72 times, aid 20)."""

from __future__ import annotations

from .support import summary


def test_a_mining_towns_people_and_machines_are_counted():
    found = summary(
        "Local leaders said nearly 3,000 diggers had abandoned the pits. Soldiers destroyed 87 "
        "dredges and 12 clandestine airstrips. Police sealed 42 shafts and seized more than 90 "
        "metal detectors. Authorities said they would close 14 illegal pits."
    )
    assert [(f[0], f[1]) for f in found] == [
        ("nearly 3,000 diggers", "person"),
        ("87 dredges", "other"),
        ("12 clandestine airstrips", "other"),
        ("42 shafts", "other"),
        ("more than 90 metal detectors", "other"),
        ("14 illegal pits", "other"),
    ]


def test_camps_shacks_and_dormitories_burned_are_buildings():
    found = summary("The attackers burned four dormitories and about 20 shacks.")
    assert found == [
        ("four dormitories", "structure", "housing"),
        ("about 20 shacks", "structure", "housing"),
    ]


def test_shrines_chapels_and_their_clergy_are_counted():
    found = summary(
        "Residents said at least 12 shrines and 14 chapels were burned. Two imams were among "
        "the dead. The diocese lists 62 parishioners as missing."
    )
    assert found == [
        ("at least 12 shrines", "structure", "housing"),
        ("14 chapels", "structure", "housing"),
        ("Two imams", "person", "killed"),
        ("62 parishioners", "person", "missing"),
    ]


def test_trucks_in_a_story_without_aid_carry_goods():
    found = summary(
        "Customs intercepted 14 lorries loaded with cassiterite and coltan at a checkpoint on "
        "the road to Goma."
    )
    assert found == [("14 lorries", "other", "other")]


def test_trucks_in_an_aid_story_carry_aid():
    found = summary(
        "WFP said fighting had closed the road. A convoy of 17 trucks reached the city on Tuesday."
    )
    assert found == [("17 trucks", "other", "aid")]
