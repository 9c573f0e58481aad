"""A short number right after a reporting verb is a date only when nothing is hyphened to
it: "said 15-20 journalists" and "said its 24-hour clinic" report the clause that follows.
A speaker named by what an owner has ("the university's rector") speaks as "the rector"
would."""

from __future__ import annotations

import pytest

from .support import sourced


@pytest.mark.parametrize(
    ("text", "span", "source"),
    [
        (
            "Police said 15-20 journalists had been detained since then.",
            "15-20 journalists",
            "police",
        ),
        (
            "MSF said its 24-hour clinic in Renk had admitted 68 patients with watery diarrhoea.",
            "68 patients",
            "MSF",
        ),
        (
            "The university's rector said the building could hold about 500 people.",
            "about 500 people",
            "the university's rector",
        ),
        (
            "The jail's superintendent said 826 inmates had escaped.",
            "826 inmates",
            "the jail's superintendent",
        ),
    ],
)
def test_a_report_reaches_past_a_hyphened_number_and_a_possessive_speaker(text, span, source):
    found = {s: a for s, _, a in sourced(text)}
    assert found[span] == source


def test_a_date_after_the_verb_still_ends_nothing():
    found = {s: a for s, _, a in sourced("Police said 15 March was the worst day: 12 people died.")}
    assert "12 people" in found
