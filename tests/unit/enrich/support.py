"""Small helpers the enrichment tests share: run one stage on normalised text."""

from __future__ import annotations

from pipeline.enrich.conflict import tag_conflict
from pipeline.enrich.figures import extract_figures
from pipeline.enrich.rules import Rules
from pipeline.enrich.text import normalise, split_sentences
from pipeline.schema import Article, Conflict, Figure, Source


def tag(title: str, text: str = "") -> Conflict:
    """The conflict tagger's verdict on a title and text, as the stage sees them."""
    t, x = normalise(title), normalise(text)
    return tag_conflict(t, x, split_sentences(t), split_sentences(x))


def explained(
    title: str, text: str, rules: Rules | None = None
) -> tuple[Conflict, dict[str, float]]:
    """The verdict and the document features its score weighed (none without violence)."""
    t, x = normalise(title), normalise(text)
    features: dict[str, float] = {}
    sentences = split_sentences(t), split_sentences(x)
    found = tag_conflict(t, x, *sentences, rules=rules, explain=features)
    return found, features


def article(title: str, text: str) -> Article:
    """An article of a test feed, for the whole enrichment path."""
    return Article(
        id="0123456789abcdef", url=None, canonical_url=None, guid=None,
        source=Source(feed="https://fuzz.example/rss", domain="fuzz.example", name="fuzz"),
        title=title, text=text, language="en", published_at=None,
        fetched_at="2025-01-01T00:00:00Z",
    )  # fmt: skip


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


def sourced(text: str) -> list[tuple[str, str, str | None]]:
    """(span, category, attribution) of each figure."""
    return [(f.text, f.category, f.attribution) for f in figures(text)]
