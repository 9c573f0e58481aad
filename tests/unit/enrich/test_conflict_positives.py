"""Conflict said plainly but without the usual words: armed men who fire on people."""

from __future__ import annotations

from pipeline.enrich.conflict import tag_conflict
from pipeline.enrich.text import normalise, split_sentences


def tag(title: str, text: str = ""):
    t, x = normalise(title), normalise(text)
    return tag_conflict(t, x, split_sentences(t), split_sentences(x))


def test_militants_firing_on_a_bus_of_pilgrims_is_conflict():
    conflict = tag(
        "Bus plunges off road after militants open fire",
        "Seven pilgrims were killed and 20 hurt when militants fired on a bus carrying "
        "devotees home from a shrine, police said. The militants had been lying in wait "
        "on the mountain road.",
    )
    assert conflict.is_conflict
