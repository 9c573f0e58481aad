"""A year-like number before a singular noun names what the year dates, not a count
("Uganda's 2025 refugee response plan"), though a plural head still counts ("about 2000
people fled"); and a town or a district that is home to people counts its population
("a town home to about 100,000 people": civilians), where a camp's residents are displaced."""

from __future__ import annotations

from .support import summary


def test_a_year_before_a_singular_noun_is_no_count():
    assert summary("Uganda's 2025 refugee response plan was 24 percent funded by June.") == []


def test_a_year_like_count_with_a_plural_head_still_counts():
    assert summary("About 2000 people fled the town.") == [
        ("About 2000 people", "person", "displaced")
    ]


def test_a_town_home_to_people_counts_its_population():
    found = summary("Kuje, a satellite town home to about 100,000 people, was placed under curfew.")
    assert found == [("about 100,000 people", "person", "civilians")]


def test_a_camp_home_to_people_shelters_the_displaced():
    assert summary("The camp is home to some 16,000 people.") == [
        ("some 16,000 people", "person", "displaced")
    ]
