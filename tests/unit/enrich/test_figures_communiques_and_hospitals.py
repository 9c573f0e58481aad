"""What a security communiqué and a hospital count (dev220, dev222, dev226): rounds of
ammunition whatever stands between ("252,000 rounds of assorted ammunition"), locally made
guns, drug laboratories, accomplices and collaborators, blood donors and units of blood (aid),
amputations; a source among a deal's go-betweens ("negotiators said"). Rounds of talks stay
uncounted."""

from __future__ import annotations

from .support import sourced, summary


def test_rounds_of_ammunition_are_counted_whatever_stands_between():
    found = summary("Troops recovered more than 252,000 rounds of assorted ammunition.")
    assert found == [("more than 252,000 rounds", "other", "other")]
    found = summary("They seized 1,020 rounds of 7.62mm ammunition hidden in a barn.")
    assert [f[0] for f in found] == ["1,020 rounds"]


def test_rounds_of_talks_are_no_count():
    assert summary("The two sides held three rounds of talks in Doha.") == []


def test_a_communiques_guns_and_laboratories_are_counted():
    found = summary("Troops recovered 17 locally made guns and destroyed 61 drug laboratories.")
    assert [f[0] for f in found] == ["17 locally made guns", "61 drug laboratories"]


def test_accomplices_arrested_are_people():
    assert summary("Police said two suspected accomplices had been arrested.") == [
        ("two suspected accomplices", "person", "arrested")
    ]


def test_blood_donors_are_counted_and_units_of_blood_are_aid():
    found = summary(
        "More than 200 donors answered the hospital's appeal. The blood bank was down to "
        "fewer than 20 units of blood."
    )
    assert found == [
        ("More than 200 donors", "person", "other"),
        ("fewer than 20 units of blood", "other", "aid"),
    ]


def test_negotiators_are_a_source():
    found = sourced("Eleven hostages were freed in June and taken to hospital, negotiators said.")
    assert found == [("Eleven hostages", "kidnapped", "negotiators")]
