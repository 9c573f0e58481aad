"""A single capital after a number or a degree sign is a unit or a compass point, so its full
stop ends the sentence ("minus 7 C. The cluster counts", "168.31°E. The office confirmed");
an initial before a surname does not. Names with a Portuguese particle stay whole ("the Rio
Grande do Sul Civil Defence")."""

from __future__ import annotations

import pytest

from pipeline.enrich.text import split_sentences

from .support import sourced


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Temperatures fall to minus 7 C. The cluster counts 1,200 camps.",
            ["Temperatures fall to minus 7 C.", "The cluster counts 1,200 camps."],
        ),
        (
            "The epicentre was at 168.31°E. The office confirmed 14 deaths.",
            ["The epicentre was at 168.31°E.", "The office confirmed 14 deaths."],
        ),
        ("Gen. A. Smith said so. Then he left.", ["Gen. A. Smith said so.", "Then he left."]),
    ],
)
def test_a_letter_after_a_number_ends_the_sentence_but_an_initial_does_not(text, want):
    assert [text[s.start : s.end] for s in split_sentences(text)] == want


def test_the_source_after_such_a_sentence_carries_no_letter():
    got = sourced(
        "The quake struck at 17.74°S, 168.31°E. The National Disaster Management Office "
        "confirmed 14 deaths."
    )
    assert [f[2] for f in got] == ["the National Disaster Management Office"]


def test_a_name_with_a_portuguese_particle_stays_whole():
    got = sourced("The Rio Grande do Sul Civil Defence confirmed 148 deaths.")
    assert [f[2] for f in got] == ["the Rio Grande do Sul Civil Defence"]
