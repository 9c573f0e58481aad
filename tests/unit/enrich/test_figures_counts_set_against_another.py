"""A count set against another time's is the same count again: "37 incidents in the first
half, against 22 a year earlier", "13 aid workers killed in 2024, against 11 the year
before". A team that plays against 11 men counts men, not the earlier figure."""

from __future__ import annotations

from .support import summary


def test_incidents_against_an_earlier_period():
    found = summary(
        "The centre said 37 incidents had been reported in the strait in the first half of "
        "the year, against 22 in the same period of 2023."
    )
    assert ("22", "other", "other") in found


def test_aid_workers_killed_against_the_year_before():
    found = summary(
        "The UN agency counted 13 aid workers killed in the country in 2024, against 11 the "
        "year before."
    )
    assert ("11", "person", "killed") in found


def test_aid_trucks_a_day_against_the_500_needed():
    found = summary(
        "About 120 aid trucks a day are entering the enclave, against the 500 a day the UN "
        "says are needed."
    )
    assert ("500", "other", "aid") in found
