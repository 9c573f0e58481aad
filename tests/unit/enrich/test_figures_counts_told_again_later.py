"""A bare number whose verb comes after an adverb of time or hearsay still counts the people
of the sentence before: "Seven later turned up in custody", "Two eventually died in hospital",
"Five allegedly fled". A number before "since" keeps its place as a count told to a date."""

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
