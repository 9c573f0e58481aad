"""What courts, searchers and deminers count: indictments, verdicts, items of evidence and
messages are counted things; a court's witnesses are heard, whatever the story; and people
who work where a displacement story is (deminers, engineers, a body's employees) are no
displaced people."""

from __future__ import annotations

import pytest

from .support import summary


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Prosecutors have sent more than 600 indictments to court, the office said.",
            [("more than 600 indictments", "other", "other")],
        ),
        (
            "Courts have handed down more than 700 final verdicts since 2005.",
            [("more than 700 final verdicts", "other", "other")],
        ),
        (
            "His office had gathered more than 8,000 items of evidence, including videos.",
            [("more than 8,000 items", "other", "other")],
        ),
        (
            "Red Cross volunteers have carried more than 20,000 messages between relatives.",
            [("more than 20,000 messages", "other", "other")],
        ),
    ],
)
def test_what_courts_and_searchers_count_are_counted_things(text, want):
    assert summary(text) == want


def test_a_courts_witnesses_are_heard_not_displaced():
    got = summary(
        "Thousands fled the camps in 1992. Over its years the tribunal heard more than 4,650 "
        "witnesses, many of them survivors of the camps."
    )
    assert ("more than 4,650 witnesses", "person", "other") in got


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "About 140 families who fled the area in the 1990s have moved back, he said. The "
            "work was done by four platoons of 30 deminers each.",
            "30 deminers",
        ),
        (
            "About 140 families who fled the area in the 1990s have moved back, he said. CMAC, "
            "which employs about 3,000 people, is the largest operator.",
            "about 3,000 people",
        ),
    ],
)
def test_people_at_work_in_a_displacement_story_are_not_displaced(text, count):
    assert (count, "person", "other") in summary(text)


def test_people_with_no_event_in_a_displacement_story_are_displaced():
    got = summary(
        "About 5,000 people fled the fighting to the camp last week. At one school, 3,200 "
        "people share 12 latrines."
    )
    assert ("3,200 people", "person", "displaced") in got
