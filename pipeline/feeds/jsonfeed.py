"""JSON Feed 1.0 / 1.1 (https://jsonfeed.org), which feedparser does not read."""

from __future__ import annotations

from typing import Any

from ..schema import Article, Source
from .articles import build_article, parse_rfc3339

VERSION_PREFIX = "https://jsonfeed.org/version/"


def is_json_feed(doc: Any) -> bool:
    return isinstance(doc, dict) and str(doc.get("version", "")).startswith(VERSION_PREFIX)


def _str(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def json_feed_articles(
    doc: dict[str, Any], *, feed_url: str, source: Source, fetched_at: str
) -> list[Article]:
    items = doc.get("items")
    if not isinstance(items, list):
        return []
    feed_lang = _str(doc.get("language"))
    base = _str(doc.get("home_page_url")) or feed_url
    out: list[Article] = []
    for item in items:
        if not isinstance(item, dict):
            continue  # one bad item never spoils the rest
        # content_html before content_text: richer paragraphs; both become plain text.
        body = _str(item.get("content_html")) or _str(item.get("content_text"))
        body = body or _str(item.get("summary"))
        article = build_article(
            link=_str(item.get("url")) or _str(item.get("external_url")),
            guid=_str(item.get("id"))
            or (str(item["id"]) if isinstance(item.get("id"), int) else None),
            title=_str(item.get("title")),
            body=body,
            published=parse_rfc3339(item.get("date_published"))
            or parse_rfc3339(item.get("date_modified")),
            language=_str(item.get("language")) or feed_lang,
            source=source,
            fetched_at=fetched_at,
            base_url=base,
        )
        if article is not None:
            out.append(article)
    return out
