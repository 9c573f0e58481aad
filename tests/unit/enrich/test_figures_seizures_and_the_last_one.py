"""What a seizure lists (dev246): rounds counted among the guns, handguns, mortars, warheads,
drone components and pills, interdictions and inspections, gangs; and what befell the last
one of a count just given ("three traffickers were arrested and one was shot dead"). A lone
"one" elsewhere still needs its noun; disappearances count people, as killings do (dev248)."""

from __future__ import annotations

from .support import summary


def test_rounds_among_the_guns_are_ammunition():
    found = summary(
        "Police seized 18 rifles, 14 pistols and about 15,000 rounds hidden in clothes."
    )
    assert [f[0] for f in found] == ["18 rifles", "14 pistols", "about 15,000 rounds"]


def test_rounds_of_talks_and_of_a_fight_stay_uncounted():
    assert summary("The two sides held three rounds of talks on weapons.") == []
    assert summary("The champion won in two rounds.") == []


def test_a_seizures_weapons_parts_and_pills_are_counted():
    found = summary(
        "Officers seized ten handguns and two mortars. The boarding party found 20 mortar tubes "
        "and two warheads. The coast guard seized more than 800 drone components and 4.6 "
        "million Captagon pills. The panel documented at least 11 interdictions and 22 "
        "inspections. The government declared war on 22 gangs."
    )
    assert [f[0] for f in found] == [
        "ten handguns",
        "two mortars",
        "20 mortar tubes",
        "two warheads",
        "more than 800 drone components",
        "4.6 million Captagon pills",
        "at least 11 interdictions",
        "22 inspections",
        "22 gangs",
    ]


def test_what_befell_the_last_one_of_a_count_is_counted():
    found = summary(
        "Three traffickers were arrested and one was shot dead, the coast guard said. Two "
        "soldiers were killed and one was missing."
    )
    assert [(f[0], f[2]) for f in found] == [
        ("Three traffickers", "arrested"),
        ("one", "killed"),
        ("Two soldiers", "killed"),
        ("one", "missing"),
    ]


def test_a_lone_one_that_is_no_count_stays_out():
    assert summary("He has two sons and one is a doctor.") == []
    assert summary("One of the guards said the gate was open.") == []


def test_disappearances_count_the_missing():
    found = summary("Rights groups documented at least 60 enforced disappearances in the province.")
    assert [(f[0], f[2]) for f in found] == [("at least 60 enforced disappearances", "missing")]


def test_a_lists_names_count_people():
    found = summary("The ministry published a list of 34,344 names of the dead.")
    assert [(f[0], f[1]) for f in found] == [("34,344 names", "person")]


def test_a_year_before_things_dates_them():
    assert summary("Protests over the 2013 verdicts went on for weeks.") == []
    found = summary("The 2000 people who fled were housed in schools.")
    assert [f[0] for f in found] == ["2000 people"]


def test_who_has_not_been_seen_or_traced_since_is_missing():
    found = summary(
        "Rights groups said up to 25 activists held in June had not been seen since. The "
        "lawyers said at least 30 detainees could not be traced. Residents said two teenagers "
        "had not come home."
    )
    assert [(f[0], f[2]) for f in found] == [
        ("up to 25 activists", "missing"),
        ("at least 30 detainees", "missing"),
        ("two teenagers", "missing"),
    ]


def test_last_year_before_a_count_is_no_label():
    found = summary("Last year 158,700 refugees were submitted to resettlement countries.")
    assert [f[0] for f in found] == ["158,700 refugees"]
    assert summary("Pupils in Year 9 sat the test.") == []


def test_a_programmes_places_are_capacity():
    found = summary("Fourteen governments pledged 12,000 resettlement places for refugees.")
    assert [(f[0], f[2]) for f in found] == [("12,000 resettlement places", "capacity")]
