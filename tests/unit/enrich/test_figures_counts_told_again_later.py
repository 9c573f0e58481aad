"""A bare number that opens its sentence counts the people or things of the sentence before
("Nine were children under 18", "Of those, 52,564 were destroyed"), and so does one whose verb
comes after an adverb of time or hearsay: "Seven later turned up in custody", "Two eventually
died in hospital", "Five allegedly fled". A number before "since" keeps its place as a count
told to a date."""

from __future__ import annotations

import pytest

from .support import summary


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Gunmen abducted 20 fishermen on Monday. Five later escaped, the navy said.",
            [("20 fishermen", "person", "kidnapped"), ("Five", "person", "kidnapped")],
        ),
        (
            "The blast wounded 40 people. Two eventually died in hospital.",
            [("40 people", "person", "injured"), ("Two", "person", "killed")],
        ),
    ],
)
def test_a_bare_count_before_an_adverb_and_its_verb_is_found(text, want):
    assert summary(text) == want


def test_a_count_since_a_date_stays_found():
    got = summary("The agency said more than 300,000 had fled since October.")
    assert [(t, c) for t, _, c in got] == [("more than 300,000", "displaced")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Gunmen killed 40 people on Sunday. Nine were children under 18, they said.",
            [("40 people", "person", "killed"), ("Nine", "person", "killed")],
        ),
        (
            "The blast wounded 30 people. Five were flown to Juba for treatment.",
            [("30 people", "person", "injured"), ("Five", "person", "injured")],
        ),
        (
            "The centre counted 80,000 damaged homes. Of those, 52,564 were destroyed.",
            [
                ("80,000 damaged homes", "structure", "housing"),
                ("52,564", "structure", "housing"),
            ],
        ),
    ],
)
def test_a_bare_count_opening_a_sentence_counts_the_last_one_again(text, want):
    assert summary(text) == want


def test_a_bare_number_after_no_count_stays_unread():
    assert summary("The war began in 2014. Twelve were there.") == []
