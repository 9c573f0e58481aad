"""One feed entry to one Article: shared by the XML, JSON Feed and replay paths."""

from __future__ import annotations

import calendar
import re
import time
from datetime import UTC, datetime
from urllib.parse import urljoin

from ..schema import Article, Source
from .markup import html_to_text, one_line
from .urls import article_id, canonical_url, short_hash

# Dates outside this window are parser noise (year 0001, 1970 epochs, typos),
# not a publication date; we report no date rather than a wrong one.
_MIN_YEAR, _MAX_YEAR = 1990, 2100
_LANG = re.compile(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*$")


def iso_utc(moment: datetime | time.struct_time | None) -> str | None:
    """'YYYY-MM-DDTHH:MM:SSZ' or None; naive datetimes are taken as UTC."""
    if moment is None:
        return None
    try:
        if isinstance(moment, time.struct_time):
            moment = datetime.fromtimestamp(calendar.timegm(moment), UTC)
        elif moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        moment = moment.astimezone(UTC)
    except (OverflowError, ValueError, OSError):
        return None
    if not _MIN_YEAR <= moment.year <= _MAX_YEAR:
        return None
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_rfc3339(value: object) -> datetime | None:
    """JSON Feed dates (RFC 3339); anything unreadable is no date."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    if text.endswith(("z", "Z")):
        text = text[:-1] + "+00:00"
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None


def language_tag(value: object) -> str | None:
    """The primary language subtag, lowercased ('en-GB' -> 'en'); None if not a tag."""
    if not isinstance(value, str):
        return None
    value = value.strip()
    if not _LANG.match(value):
        return None
    return value.replace("_", "-").split("-")[0].lower()


def content_hash(article: Article) -> str:
    """What makes an entry 'changed': a new hash under the same id is a revision."""
    return short_hash(article.title, article.text, article.url or "")


def build_article(
    *,
    link: str | None,
    guid: str | None,
    title: str | None,
    body: str | None,
    published: datetime | time.struct_time | None,
    language: str | None,
    source: Source,
    fetched_at: str,
    base_url: str | None,
) -> Article | None:
    """None when the entry carries neither a title nor any text (nothing to publish)."""
    title_text = one_line(title)
    text = html_to_text(body)
    if not title_text and not text:
        return None
    canon = canonical_url(link, base_url)
    url = None
    if link:
        url = canonical_url(link, base_url) and _absolute(link, base_url)
    guid_text = guid.strip() if isinstance(guid, str) and guid.strip() else None
    return Article(
        id=article_id(canon, guid_text, title_text, text, namespace=source.domain),
        url=url,
        canonical_url=canon,
        guid=guid_text,
        source=source,
        title=title_text,
        text=text,
        language=language_tag(language),
        published_at=iso_utc(published),
        fetched_at=fetched_at,
    )


def _absolute(link: str, base: str | None) -> str:
    link = link.strip()
    return urljoin(base, link) if base else link
