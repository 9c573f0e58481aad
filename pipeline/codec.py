"""The one codec: orjson for every topic, with validation on the way in."""

from __future__ import annotations

import base64
import dataclasses
from typing import Any

import orjson

from .errors import InvalidRecord
from .schema import (
    ARTICLE_SCHEMA,
    Annotations,
    Article,
    DeadLetter,
    Dedupe,
    EnrichedArticle,
    PipelineInfo,
    Source,
)

_OPTIONS = orjson.OPT_NON_STR_KEYS


def encode(record: Any) -> bytes:
    """Serialise a record (dataclass, dict or list) to JSON bytes."""
    try:
        return orjson.dumps(record, option=_OPTIONS)
    except orjson.JSONEncodeError as exc:
        # orjson stops at 64-bit integers; a story can print a 60-digit number, and the
        # figure it yields must not turn the whole record into a dead letter.
        if "64-bit" not in str(exc):
            raise
        return orjson.dumps(_wide_ints_as_floats(record), option=_OPTIONS)


def _wide_ints_as_floats(value: Any) -> Any:
    """The record as plain data, integers beyond 64 bits as floats (null beyond a float's range)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        value = {f.name: getattr(value, f.name) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {k: _wide_ints_as_floats(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_wide_ints_as_floats(v) for v in value]
    if isinstance(value, int) and not isinstance(value, bool) and not -(2**63) <= value < 2**64:
        try:
            return float(value)
        except OverflowError:
            return None
    return value


def to_dict(record: Any) -> dict[str, Any]:
    """A record as plain JSON-compatible data."""
    result: dict[str, Any] = orjson.loads(encode(record))
    return result


def decode(data: bytes | str) -> Any:
    """Parse JSON bytes, wrapping orjson's errors."""
    try:
        return orjson.loads(data)
    except orjson.JSONDecodeError as exc:
        raise InvalidRecord(f"not valid JSON (or not UTF-8): {exc}") from None


def _text(d: dict[str, Any], key: str, *, required: bool = False) -> str | None:
    value = d.get(key)
    if value is None:
        if required:
            raise InvalidRecord(f"missing required field {key!r}")
        return None
    if not isinstance(value, str):
        raise InvalidRecord(f"field {key!r} must be a string, not {type(value).__name__}")
    return value


def article_from_dict(d: Any) -> Article:
    """Validate a decoded Article record; raises InvalidRecord on anything wrong."""
    if not isinstance(d, dict):
        raise InvalidRecord(f"an Article must be a JSON object, not {type(d).__name__}")
    schema = d.get("schema", ARTICLE_SCHEMA)
    if schema not in (ARTICLE_SCHEMA, "newswire.enriched.v1"):
        raise InvalidRecord(f"unknown schema {schema!r}")
    src = d.get("source")
    if not isinstance(src, dict):
        raise InvalidRecord("missing required field 'source' (an object)")
    article_id = _text(d, "id", required=True)
    if not article_id:
        raise InvalidRecord("field 'id' is empty")
    title = _text(d, "title") or ""
    text = _text(d, "text") or ""
    if not title and not text:
        raise InvalidRecord("record has neither title nor text")
    return Article(
        id=article_id,
        url=_text(d, "url"),
        canonical_url=_text(d, "canonical_url"),
        guid=_text(d, "guid"),
        source=Source(
            feed=_text(src, "feed") or "",
            domain=_text(src, "domain") or "",
            name=_text(src, "name"),
        ),
        title=title,
        text=text,
        language=_text(d, "language"),
        published_at=_text(d, "published_at"),
        fetched_at=_text(d, "fetched_at", required=True) or "",
    )


def decode_article(data: bytes | str) -> Article:
    return article_from_dict(decode(data))


def enriched(
    article: Article, annotations: Annotations, *, revision: int, info: PipelineInfo
) -> EnrichedArticle:
    """Join an Article with its annotations into the output record."""
    return EnrichedArticle(
        **{
            f.name: getattr(article, f.name)
            for f in dataclasses.fields(Article)
            if f.name != "schema"
        },
        conflict=annotations.conflict,
        figures=annotations.figures,
        places=annotations.places,
        dedupe=Dedupe(fingerprint=annotations.fingerprint, revision=revision),
        pipeline=info,
    )


def dead_letter(
    *,
    topic: str,
    partition: int | None,
    offset: int | None,
    error: str,
    payload: bytes | None,
    key: bytes | None = None,
    stage: str = "",
) -> DeadLetter:
    key_text = None
    if key is not None:
        key_text = key.decode("utf-8", "replace")
    return DeadLetter(
        topic=topic,
        partition=partition,
        offset=offset,
        error=error,
        payload=base64.b64encode(payload or b"").decode("ascii"),
        key=key_text,
        stage=stage,
    )
