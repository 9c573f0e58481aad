"""The end of a journey home is a return, not an arrival: "the 23 sailors arrived home in
Chittagong", "had reached home in Gwadar", "17 Filipinos would fly home" (the sets: returned
24, other 4). Arrivals that reach a place abroad stay displaced."""

from __future__ import annotations

from .support import summary


def test_sailors_who_arrived_home_returned():
    assert summary("The 23 sailors arrived home in Chittagong on 14 May.") == [
        ("23 sailors", "person", "returned")
    ]


def test_fishermen_who_had_reached_home_returned():
    found = summary("Pakistan's foreign office said the 23 fishermen had reached home in Gwadar.")
    assert found == [("23 fishermen", "person", "returned")]


def test_workers_who_would_fly_home_returned():
    found = summary("The government said 17 Filipinos would fly home to Manila on Saturday.")
    assert found == [("17 Filipinos", "person", "returned")]


def test_arrivals_who_reached_an_island_stay_displaced():
    found = summary("More than 8,600 migrants reached the island this month, officials said.")
    assert found == [("More than 8,600 migrants", "person", "displaced")]
