"""Figures among the numbers of elections (eval/dev60's register): voters registered are an
electorate, polling stations burned are buildings, and a range of years or ages written half
in words is still a range of years or ages."""

from __future__ import annotations

import pytest

from pipeline.enrich.figures import extract_figures
from pipeline.enrich.text import normalise, split_sentences

from .support import summary


def figs(text: str):
    text = normalise(text)
    return [(f.value if f.value is not None else (f.low, f.high), f.unit, f.category)
            for f in extract_figures("", text, [], split_sentences(text))]  # fmt: skip


CASES = [
    (
        "The commission said about 3.4 million voters were registered.",
        [(3400000, "person", "other")],
    ),
    # refugees registered are still displaced
    ("About 2,000 refugees were registered in the camp.", [(2000, "person", "displaced")]),
    (
        "Two people were killed and at least 18 polling stations were set on fire overnight.",
        [(2, "person", "killed"), (18, "structure", "housing")],
    ),
    (
        "A court sentenced 27 protesters to between three and 10 years in prison.",
        [(27, "person", "arrested")],
    ),
    ("Between five and 12 people were killed.", [((5, 12), "person", "killed")]),
    # an age range after "aged between" is no count
    ("Gunmen abducted 40 pupils aged between 8 and 15.", [(40, "person", "kidnapped")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_election_numbers(text, expected):
    assert figs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The health ministry said 77 people had been injured, among them 10 MPs.",
            [("77 people", "person", "injured"), ("10 MPs", "person", "injured")],
        ),
        (
            "Forces loyal to the president arrested 12 coup plotters on Friday.",
            [("12 coup plotters", "person", "arrested")],
        ),
        (
            "Polling was postponed in more than 100 constituencies because of insecurity.",
            [("more than 100 constituencies", "other", "other")],
        ),
        (
            "The commission declared the voting void in 696 booths.",
            [("696 booths", "other", "other")],
        ),
        (
            "Police placed two former prime ministers under house arrest.",
            [("two former prime ministers", "person", "arrested")],
        ),
        (
            "Civil society groups deployed about 8,000 observers.",
            [("about 8,000 observers", "person", "other")],
        ),
        (
            "Russia sent 300 military instructors to back the government.",
            [("300 military instructors", "person", "combatants")],
        ),
    ],
)
def test_the_people_and_things_an_election_or_a_coup_counts(text, expected):
    assert summary(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the verb after an auxiliary and an adverb is the count's, past what they were doing
        (
            "Two police officers guarding the lawmaker's residence were also shot dead.",
            [("Two police officers", "person", "killed")],
        ),
        # ", among them" at the sentence's tail is a part of the last count of people, past
        # a list of places and the source
        (
            "Twenty-one people were killed when gunmen attacked a military armoury, two prisons "
            "and a police station in Freetown on Sunday, the information minister said, among "
            "them 14 soldiers.",
            [
                ("Twenty-one people", "person", "killed"),
                ("two prisons", "structure", "other"),
                ("14 soldiers", "person", "killed"),
            ],
        ),
        # a crowd's hurt
        (
            "The minister said 17 people had been detained and that 12 people had been hit "
            "by pellets.",
            [("17 people", "person", "arrested"), ("12 people", "person", "injured")],
        ),
    ],
)
def test_what_befell_people_in_political_violence(text, expected):
    assert summary(text) == expected
