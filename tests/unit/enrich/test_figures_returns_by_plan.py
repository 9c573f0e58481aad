"""People carried or sent home by a return plan returned (dev230): "taken home", "left its
settlements for home", "moved to their districts of origin". People taken by gunmen were
abducted."""

from __future__ import annotations

from .support import summary


def test_people_taken_home_returned():
    assert summary(
        "The administration said 12,600 IDPs had been taken home in the first phase."
    ) == [("12,600 IDPs", "person", "returned")]


def test_people_who_left_settlements_for_home_returned():
    assert summary("About 3,400 South Sudanese had left its settlements for home this year.") == [
        ("About 3,400 South Sudanese", "person", "returned")
    ]


def test_families_moved_to_their_districts_of_origin_returned():
    assert summary("Authorities moved the last 312 families to their districts of origin.") == [
        ("312 families", "household", "returned")
    ]


def test_people_taken_by_gunmen_were_abducted():
    assert summary("Gunmen abducted 12 people and had taken them to the forest.") == [
        ("12 people", "person", "kidnapped")
    ]
