"""Counts in live-blog entries: people "taken out by bus and train" were evacuated, not seized;
a toll that "could exceed" a number gives that number as its own; a bare count "nationwide"
after a count for the capital is the same count told for the whole country."""

from __future__ import annotations

from .support import sourced


def test_people_taken_out_by_bus_were_evacuated():
    got = sourced("So far 1,300 people have been taken out by bus and train, he said.")
    assert [(f[0], f[1]) for f in got] == [("1,300 people", "displaced")]


def test_people_taken_by_gunmen_were_seized():
    got = sourced("Some 40 people were taken by gunmen from the village, residents said.")
    assert [(f[0], f[1]) for f in got] == [("Some 40 people", "kidnapped")]


def test_a_toll_that_could_exceed_a_number_gives_it():
    got = sourced("The US Geological Survey's modelling suggests the toll could exceed 10,000.")
    assert [(f[0], f[1]) for f in got] == [("10,000", "killed")]


def test_a_bare_count_nationwide_after_one_for_the_capital_is_the_same_count():
    got = sourced(
        "Jakarta police say 1,240 people were detained in the capital alone, and more than "
        "3,000 nationwide."
    )
    assert [(f[0], f[1]) for f in got] == [
        ("1,240 people", "arrested"),
        ("more than 3,000", "arrested"),
    ]


def test_tourist_arrivals_that_pass_a_number_are_visitors_not_refugees():
    got = sourced(
        "Sri Lanka's tourist arrivals passed 2 million last year, the tourism board said."
    )
    assert [(f[0], f[1]) for f in got] == [("2 million", "other")]


def test_arrivals_in_a_country_at_war_that_pass_a_number_are_refugees():
    got = sourced("Sudanese arrivals in eastern Chad passed 600,000, UNHCR said.")
    assert [(f[0], f[1]) for f in got] == [("600,000", "displaced")]


def test_migrants_caught_by_a_coastguard_were_held():
    got = sourced("Coast Guard teams caught 57 irregular migrants off the Aegean coast.")
    assert [(f[0], f[1]) for f in got] == [("57 irregular migrants", "arrested")]


def test_houses_that_caught_fire_were_not_held():
    got = sourced("Two houses caught fire after the strike, the governor said.")
    assert [(f[0], f[1]) for f in got] == [("Two houses", "housing")]
