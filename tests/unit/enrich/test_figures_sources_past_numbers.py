"""A short number right after a reporting verb is a date only when nothing is hyphened to
it: "said 15-20 journalists" and "said its 24-hour clinic" report the clause that follows.
A speaker named by what an owner has ("the university's rector") speaks as "the rector"
would, and so do "..., drivers said." and "One rescuer said"."""

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


@pytest.mark.parametrize(
    ("text", "span", "source"),
    [
        (
            "Some 250 trucks are stuck at Komanda waiting for an escort, drivers said.",
            "Some 250 trucks",
            "drivers",
        ),
        (
            "Of the 120 houses on their street, 105 were destroyed, neighbours say.",
            "105",
            "neighbours",
        ),
        (
            "One rescuer said volunteers had pulled 86 bodies from the ashes.",
            "86 bodies",
            "one rescuer",
        ),
    ],
)
def test_a_lone_plural_after_a_comma_and_one_of_a_kind_speak(text, span, source):
    found = {s: a for s, _, a in sourced(text)}
    assert found[span] == source


def test_others_after_a_comma_are_no_speakers():
    assert sourced("Twelve people died, others said.")[0][2] is None


@pytest.mark.parametrize(
    "text",
    [
        "The ministry last put the toll at 14,600.",
        "The ministry, which has not updated its count for months, last put the toll at 14,600.",
    ],
)
def test_last_between_a_speaker_and_its_verb_is_no_part_of_its_name(text):
    assert sourced(text)[0][2] == "the ministry"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("A UN report put the toll at 500 people.", "a UN report"),
        ("A police report said 12 people died.", "a police report"),
        ("Around Baidoa, the IOM counts more than 500 displacement sites.", "the IOM"),
    ],
)
def test_a_report_after_a_is_a_noun_and_a_leading_place_is_no_source(text, source):
    assert {a for _, _, a in sourced(text)} == {source}


def test_a_report_after_a_never_leaves_its_article_and_name_as_the_source():
    text = "A UN report published in May 2023 put the toll at at least 500 people."
    assert all(a not in ("a UN", "a") for _, _, a in sourced(text))


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Officials at a local hospital estimate 200 people were injured.",
            "officials at a local hospital",
        ),
        (
            "Residents of a nearby village report that 30 people were killed.",
            "residents of a nearby village",
        ),
        ("Officials at last said 40 people had died.", "officials at last"),
    ],
)
def test_report_after_a_phrase_with_a_is_still_a_verb_and_at_last_stays_whole(text, source):
    assert sourced(text)[0][2] == source


def test_a_word_in_s_after_a_comma_is_no_speaker():
    assert sourced("Twelve people died, this says.")[0][2] is None
