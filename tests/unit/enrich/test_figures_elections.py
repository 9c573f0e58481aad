"""Figures among the numbers of elections (eval/dev60's register): voters registered are an
electorate, polling stations burned are buildings, and a range of years or ages written half
in words is still a range of years or ages."""

from __future__ import annotations

import pytest

from pipeline.enrich.figures import extract_figures
from pipeline.enrich.text import normalise, split_sentences


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
