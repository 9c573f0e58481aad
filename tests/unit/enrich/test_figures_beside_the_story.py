"""Counts beside the story: people a story of displacement mentions who are not its
displaced (a school's roll), each with a case where the story still says who they are."""

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
