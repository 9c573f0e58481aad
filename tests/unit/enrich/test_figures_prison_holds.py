"""What a prison holds are detainees (dev202; the older sets: arrested 54 of 65 counts after
"holds"): "the colony holds about 900 prisoners", "built for 1,050 prisoners and now holds
nearly 4,000". A camp that holds refugees still shelters the displaced."""

from __future__ import annotations

from .support import summary


def test_a_colony_that_holds_prisoners_holds_detainees():
    assert summary("The colony holds about 900 prisoners.") == [
        ("about 900 prisoners", "person", "arrested")
    ]


def test_a_prison_that_now_holds_more_than_its_capacity():
    found = summary("Roumieh was built for 1,050 prisoners and now holds nearly 4,000.")
    assert ("nearly 4,000", "person", "arrested") in found


def test_a_hostage_story_does_not_free_the_prisoners_a_colony_holds():
    found = summary("Three hostages were wounded. The colony holds about 900 prisoners.")
    assert ("about 900 prisoners", "person", "arrested") in found


def test_a_camp_that_now_holds_refugees_shelters_them():
    assert summary("The camp now holds 9,000 refugees.") == [
        ("9,000 refugees", "person", "displaced")
    ]
