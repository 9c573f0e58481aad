"""Every record that crosses a topic, as frozen dataclasses.

Field names follow docs/ARCHITECTURE.md; renaming one needs a new schema version.
"""

from __future__ import annotations

from dataclasses import dataclass, field

ARTICLE_SCHEMA = "newswire.article.v1"
ENRICHED_SCHEMA = "newswire.enriched.v1"
DUPLICATE_SCHEMA = "newswire.duplicate.v1"
DEADLETTER_SCHEMA = "newswire.deadletter.v1"

CONFLICT_TAGS = (
    "battle",
    "explosions_remote_violence",
    "violence_against_civilians",
    "terrorism",
    "military_operation",
    "displacement",
    "humanitarian",
    "unrest",
)
FIGURE_CATEGORIES = (
    "killed",
    "injured",
    "displaced",
    "returned",
    "missing",
    "kidnapped",
    "arrested",
    "combatants",
    "civilians",
    "housing",
    "capacity",
    "aid",
    "other",
)
FIGURE_UNITS = ("person", "household", "structure", "other")
FIGURE_QUALIFIERS = ("exact", "approx", "at_least", "at_most", "range")


@dataclass(frozen=True, slots=True)
class Source:
    feed: str
    domain: str
    name: str | None = None


@dataclass(frozen=True, slots=True)
class Article:
    id: str
    url: str | None
    canonical_url: str | None
    guid: str | None
    source: Source
    title: str
    text: str
    language: str | None
    published_at: str | None
    fetched_at: str
    schema: str = ARTICLE_SCHEMA


@dataclass(frozen=True, slots=True)
class Evidence:
    field: str  # "title" or "text"
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class TagHit:
    tag: str
    score: float
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True, slots=True)
class Conflict:
    is_conflict: bool
    score: float
    tags: tuple[TagHit, ...] = ()


@dataclass(frozen=True, slots=True)
class Figure:
    value: float | int | None
    low: float | int | None
    high: float | int | None
    qualifier: str
    vague: bool
    unit: str
    noun: str | None
    category: str
    projected: bool
    attribution: str | None
    field: str
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    country: str
    lat: float
    lon: float
    mentions: int


@dataclass(frozen=True, slots=True)
class Dedupe:
    fingerprint: str  # 64-bit SimHash as 16 hex chars
    revision: int = 0


@dataclass(frozen=True, slots=True)
class PipelineInfo:
    version: str
    rules: str
    enriched_at: str


@dataclass(frozen=True, slots=True)
class Annotations:
    """What pipeline.enrich adds to an Article; pure, so it carries no clock."""

    conflict: Conflict
    figures: tuple[Figure, ...]
    places: tuple[Place, ...]
    fingerprint: str


@dataclass(frozen=True, slots=True)
class EnrichedArticle:
    id: str
    url: str | None
    canonical_url: str | None
    guid: str | None
    source: Source
    title: str
    text: str
    language: str | None
    published_at: str | None
    fetched_at: str
    conflict: Conflict
    figures: tuple[Figure, ...]
    places: tuple[Place, ...]
    dedupe: Dedupe
    pipeline: PipelineInfo
    schema: str = ENRICHED_SCHEMA


@dataclass(frozen=True, slots=True)
class Duplicate:
    id: str
    duplicate_of: str
    similarity: float
    reason: str  # "same_id", "same_content" or "near_duplicate"
    title: str = ""
    source: Source | None = None
    schema: str = DUPLICATE_SCHEMA


@dataclass(frozen=True, slots=True)
class DeadLetter:
    topic: str
    partition: int | None
    offset: int | None
    error: str
    payload: str  # the original bytes, base64
    key: str | None = None
    stage: str = ""
    extra: dict[str, str] = field(default_factory=dict)
    schema: str = DEADLETTER_SCHEMA
