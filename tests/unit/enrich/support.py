"""Small helpers the enrichment tests share: run one stage on normalised text."""

from __future__ import annotations

from pipeline.enrich.conflict import tag_conflict
from pipeline.enrich.figures import extract_figures
from pipeline.enrich.text import normalise, split_sentences
from pipeline.schema import Conflict, Figure


def tag(title: str, text: str = "") -> Conflict:
    """The conflict tagger's verdict on a title and text, as the stage sees them."""
    t, x = normalise(title), normalise(text)
    return tag_conflict(t, x, split_sentences(t), split_sentences(x))


def tags_of(conflict: Conflict) -> set[str]:
    return {h.tag for h in conflict.tags}


def figures(text: str) -> tuple[Figure, ...]:
    """The figures of a body text (no title)."""
    text = normalise(text)
    return extract_figures("", text, [], split_sentences(text))


def categories(text: str) -> list[str]:
    return [f.category for f in figures(text)]


def summary(text: str) -> list[tuple[str, str, str]]:
    """(span, unit, category) of each figure."""
    return [(f.text, f.unit, f.category) for f in figures(text)]
