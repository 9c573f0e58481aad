"""Enrichment: pure, deterministic stages run in order over one working Doc.

    STAGES = normalise, sentences, conflict, figures, places, fingerprint

Each stage is a function `stage(doc) -> None` that reads what earlier stages
left on the Doc and adds its own part; `annotate` runs them in one loop. No
stage reads the clock, touches the network or Kafka, or reads files other than
its own packaged data (once, on first use). Normalisation keeps string lengths,
so every span found on the normalised text indexes the original too; normalising
also blanks the page furniture of the body (links to related stories: furniture.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from .. import __version__
from ..codec import enriched
from ..schema import Annotations, Article, Conflict, EnrichedArticle, Figure, PipelineInfo, Place
from .conflict import tag_conflict
from .figures import extract_figures
from .fingerprint import simhash
from .furniture import mask_furniture
from .places import find_places
from .rules import Rules, default_rules, load_rules, rules_hash
from .text import Sentence, normalise, split_sentences

__all__ = [
    "STAGES",
    "Doc",
    "Rules",
    "annotate",
    "enrich",
    "load_rules",
    "rules_hash",
]


@dataclass(slots=True)
class Doc:
    """The working object the stages fill in, one per article."""

    original_title: str
    original_text: str
    rules: Rules
    conflict_threshold: float = 0.5
    title: str = ""  # normalised, same length as the original
    text: str = ""
    title_sentences: list[Sentence] = field(default_factory=list)
    text_sentences: list[Sentence] = field(default_factory=list)
    conflict: Conflict = field(default_factory=lambda: Conflict(is_conflict=False, score=0.0))
    figures: tuple[Figure, ...] = ()
    places: tuple[Place, ...] = ()
    fingerprint: str = ""


def _normalise(doc: Doc) -> None:
    doc.title = normalise(doc.original_title)
    doc.text = mask_furniture(normalise(doc.original_text))


def _sentences(doc: Doc) -> None:
    doc.title_sentences = split_sentences(doc.title)
    doc.text_sentences = split_sentences(doc.text)


def _conflict(doc: Doc) -> None:
    doc.conflict = tag_conflict(
        doc.title,
        doc.text,
        doc.title_sentences,
        doc.text_sentences,
        threshold=doc.conflict_threshold,
        rules=doc.rules,
        originals=(doc.original_title, doc.original_text),
    )


def _figures(doc: Doc) -> None:
    doc.figures = tuple(
        extract_figures(doc.title, doc.text, doc.title_sentences, doc.text_sentences)
    )


def _places(doc: Doc) -> None:
    doc.places = find_places(doc.title, doc.text)


def _fingerprint(doc: Doc) -> None:
    if not doc.fingerprint:  # the dedupe stage may have computed it already
        doc.fingerprint = simhash(doc.text or doc.title)


STAGES: list[tuple[str, Callable[[Doc], None]]] = [
    ("normalise", _normalise),
    ("sentences", _sentences),
    ("conflict", _conflict),
    ("figures", _figures),
    ("places", _places),
    ("fingerprint", _fingerprint),
]


def annotate(
    article: Article,
    *,
    conflict_threshold: float = 0.5,
    rules: Rules | None = None,
    fingerprint: str = "",
) -> Annotations:
    """Everything the enrichment adds to one article; pure and deterministic.

    `fingerprint`, when given, is this article's SimHash as computed before (the
    dedupe stage's, carried in a header), so that it is not computed twice."""
    doc = Doc(
        original_title=article.title or "",
        original_text=article.text or "",
        rules=rules or default_rules(),
        conflict_threshold=conflict_threshold,
        fingerprint=fingerprint,
    )
    for _name, stage in STAGES:
        stage(doc)
    return Annotations(
        conflict=doc.conflict,
        figures=doc.figures,
        places=doc.places,
        fingerprint=doc.fingerprint,
    )


def enrich(
    article: Article,
    *,
    enriched_at: str,
    revision: int = 0,
    conflict_threshold: float = 0.5,
    rules: Rules | None = None,
    fingerprint: str = "",
) -> EnrichedArticle:
    """The output record for `article`; the caller supplies the time (no clock here)
    and may supply the fingerprint (see `annotate`)."""
    annotations = annotate(
        article, conflict_threshold=conflict_threshold, rules=rules, fingerprint=fingerprint
    )
    info = PipelineInfo(version=__version__, rules=rules_hash(rules), enriched_at=enriched_at)
    return enriched(article, annotations, revision=revision, info=info)
