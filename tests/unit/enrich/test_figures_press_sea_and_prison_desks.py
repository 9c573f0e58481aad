"""What the press freedom, shipping and prison desks count (dev198, dev200, dev202): outlets
blocked and gear seized or handed out, the craft and cables of the sea, a prison's cell
blocks and its fugitives, and one of a crew or a force counted alone. A time after a bare
count ends it as a preposition would ("wounded 130 late on Tuesday"), and a deadline that
opens a sentence is no part of its source ("By Friday police said")."""

from __future__ import annotations

import pytest

from .support import sourced, summary


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The regulator has blocked 62 news websites, according to the monitoring group.",
            ("62 news websites", "other", "other"),
        ),
        (
            "Police raided the newsroom, seizing 10 laptops and three hard drives.",
            ("10 laptops", "other", "other"),
        ),
        (
            "The union said it had handed out more than 1,500 body armour sets to reporters.",
            ("more than 1,500 body armour sets", "other", "aid"),
        ),
        (
            "India imposed 116 internet shutdowns in 2023, according to Access Now.",
            ("116 internet shutdowns", "other", "other"),
        ),
        (
            "The syndicate said at least 40 newsrooms in the capital were looted or burned.",
            ("at least 40 newsrooms", "structure", "housing"),
        ),
        (
            "Armed robbers boarded four bulk carriers in the strait, the centre said.",
            ("four bulk carriers", "other", "other"),
        ),
        (
            "As it drifted, its dragged anchor cut three undersea cables, the operator said.",
            ("three undersea cables", "other", "other"),
        ),
        (
            "The government offered a reward for each of the 17 fugitives still at large.",
            ("17 fugitives", "person", "other"),
        ),
        (
            "The ICRC said it had delivered 500 hygiene kits and 1,500 bars of soap.",
            ("1,500 bars of soap", "other", "aid"),
        ),
        (
            "Russia's defence ministry said one serviceman had been killed.",
            ("one serviceman", "person", "killed"),
        ),
    ],
)
def test_the_desks_own_counted_things_are_figures(text, expected):
    assert expected in summary(text)


def test_a_figure_in_the_word_body_armour_is_no_body_count():
    found = summary("The union handed out more than 1,500 body armour sets to reporters.")
    assert all(category != "killed" for _, _, category in found)


def test_a_bare_count_before_late_on_a_day_is_still_counted():
    found = summary(
        "An air strike on the detention centre killed 53 migrants and wounded 130 late on "
        "Tuesday, the UN said."
    )
    assert ("130", "person", "injured") in found


def test_a_deadline_that_opens_the_sentence_is_no_part_of_the_source():
    found = sourced("By Friday police said three had been recaptured.")
    assert found == [("three", "arrested", "police")]
