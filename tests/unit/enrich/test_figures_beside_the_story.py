"""Counts whose category the words beside them decide, not the story around them: a school's
roll in a story of displacement, facilities closed or ruined, people held or pardoned; each
with a case that keeps the other reading."""

from __future__ import annotations

import pytest

from .support import sourced


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Some 40,000 people fled the fighting to the district town last month. The town's "
            "secondary school, which had about 900 students, now teaches in two shifts.",
            [("Some 40,000 people", "displaced"), ("about 900 students", "other")],
        ),
        (
            "More than 12,000 families have been displaced by the floods and clashes. In Kalemie, "
            "some 3,000 new pupils joined classes in a fortnight, the education office said.",
            [("More than 12,000 families", "displaced"), ("some 3,000 new pupils", "other")],
        ),
    ],
)
def test_a_schools_roll_in_a_story_of_displacement_is_not_its_displaced(text, want):
    assert [(f[0], f[1]) for f in sourced(text)] == want


def test_pupils_who_fled_are_still_displaced():
    got = sourced(
        "Some 40,000 people fled the fighting to the district town last month. About 1,200 "
        "pupils were evacuated from boarding schools near the front."
    )
    assert [(f[0], f[1]) for f in got] == [
        ("Some 40,000 people", "displaced"),
        ("About 1,200 pupils", "displaced"),
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Aid groups opened 120 community kitchens in the city last winter, but 85 kitchens "
            "have shut since the funding ended.",
            [("120 community kitchens", "aid"), ("85 kitchens", "other")],
        ),
        (
            "The storm washed away 40 latrines at the camp, and the charity has since dug 25 "
            "new latrines.",
            [("40 latrines", "other"), ("25 new latrines", "aid")],
        ),
        ("Heavy fighting damaged 12 boreholes around the town.", [("12 boreholes", "other")]),
    ],
)
def test_facilities_closed_or_ruined_are_a_loss_not_aid(text, want):
    assert [(f[0], f[1]) for f in sourced(text)] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The prosecutor's office said it had released 225 people held since the July protests.",
            [("225 people", "arrested")],
        ),
        (
            "About 600 migrants were held at the centre at the time.",
            [("About 600 migrants", "arrested")],
        ),
        (
            "The judiciary says 22,000 protesters were pardoned.",
            [("22,000 protesters", "arrested")],
        ),
        # a place that holds people hosts them
        (
            "The transit centre, built for 500 people, is holding more than 1,700.",
            [("500 people", "capacity"), ("more than 1,700", "displaced")],
        ),
    ],
)
def test_people_held_since_a_date_or_at_a_place_or_pardoned_were_detained(text, want):
    assert [(f[0], f[1]) for f in sourced(text)] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "About 300 Syrian refugees rallied outside the UNHCR office on Monday.",
            [("About 300 Syrian refugees", "other")],
        ),
        (
            "About 1,500 refugees have so far been given work permits.",
            [("About 1,500 refugees", "other")],
        ),
        # ... but refugees who arrive are still the displaced
        (
            "About 1,500 refugees arrived at the camp on Monday.",
            [("About 1,500 refugees", "displaced")],
        ),
    ],
)
def test_what_refugees_do_besides_fleeing_is_counted_as_such(text, want):
    assert [(f[0], f[1]) for f in sourced(text)] == want
