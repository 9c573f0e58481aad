"""Feed bytes to Articles: a pure function of the body and the response headers.

XML (RSS 0.9x/1.0/2.0, RDF, Atom) goes through feedparser with sanitising on,
fed from memory only (never its fetcher, never a path: feedparser.parse() on
plain bytes would try to open them as a file name). The bytes are decoded and
stripped of DTDs by xmlprep first. JSON Feed is read here. Nothing raises: a
broken feed is a ParsedFeed with `error` set and whatever could be salvaged.
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

import feedparser
import orjson

from ..schema import Article, Source
from .articles import build_article
from .jsonfeed import is_json_feed, json_feed_articles
from .markup import one_line
from .urls import article_id, host_of
from .xmlprep import prepare_xml


@dataclass(slots=True)
class ParsedFeed:
    title: str | None
    ttl: int | None  # seconds, from RSS <ttl> (minutes on the wire)
    articles: list[Article]
    format: str = ""  # feedparser's version ('rss20', 'atom10'...) or 'json'
    bozo: bool = False  # the feed was malformed but something was salvaged
    error: str | None = None  # why nothing (or not everything) could be read
    warnings: list[str] = field(default_factory=list)


def parse_feed(
    body: bytes,
    *,
    feed_url: str,
    headers: Mapping[str, str] | None = None,
    fetched_at: str,
    feed_name: str | None = None,
) -> ParsedFeed:
    """Parse a fetched feed; never raises."""
    lowered = {k.lower(): v for k, v in (headers or {}).items()}
    try:
        head = body.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
        if not head:
            return ParsedFeed(None, None, [], bozo=True, error="empty body")
        if head in (b"{", b"["):
            return _parse_json(body, feed_url, fetched_at, feed_name)
        return _parse_xml(body, feed_url, lowered.get("content-type"), fetched_at, feed_name)
    except Exception as exc:  # the boundary: a parser bug must not kill the poller
        return ParsedFeed(None, None, [], bozo=True, error=f"{type(exc).__name__}: {exc}")


def _source(feed_url: str, site_link: str | None, title: str | None, name: str | None) -> Source:
    domain = host_of(site_link) if site_link and site_link.startswith("http") else ""
    return Source(feed=feed_url, domain=domain or host_of(feed_url), name=name or title or None)


def _parse_json(body: bytes, feed_url: str, fetched_at: str, name: str | None) -> ParsedFeed:
    try:
        doc = orjson.loads(body)
    except orjson.JSONDecodeError as exc:
        return ParsedFeed(None, None, [], bozo=True, error=f"invalid JSON: {exc}")
    if not is_json_feed(doc):
        return ParsedFeed(None, None, [], bozo=True, error="JSON, but not a JSON Feed")
    title = one_line(doc.get("title")) if isinstance(doc.get("title"), str) else None
    home = doc.get("home_page_url") if isinstance(doc.get("home_page_url"), str) else None
    source = _source(feed_url, home, title, name)
    articles = json_feed_articles(doc, feed_url=feed_url, source=source, fetched_at=fetched_at)
    return ParsedFeed(title or None, None, _unique(articles), format="json")


def _parse_xml(
    body: bytes, feed_url: str, content_type: str | None, fetched_at: str, name: str | None
) -> ParsedFeed:
    prepared = prepare_xml(body, content_type)
    d = feedparser.parse(
        io.BytesIO(prepared.text.encode("utf-8", "surrogatepass")),
        response_headers={
            "content-type": "application/xml; charset=utf-8",
            "content-location": feed_url,  # base for relative links
        },
        sanitize_html=True,
        resolve_relative_uris=True,
    )
    feed: Any = d.get("feed", {})
    title = one_line(feed.get("title")) or None
    source = _source(feed_url, feed.get("link"), title, name)
    feed_lang = feed.get("language") or (feed.get("title_detail") or {}).get("language")
    articles = []
    for entry in d.get("entries", []):
        article = _entry_article(entry, source, feed_url, feed_lang, fetched_at)
        if article is not None:
            articles.append(article)
    warnings = list(prepared.warnings)
    error = None
    bozo = bool(d.get("bozo"))
    if bozo:
        warnings.append(f"malformed feed: {d.get('bozo_exception')}")
    if not d.get("version") and not articles:
        error = f"not a feed: {d.get('bozo_exception') or 'no RSS, Atom or RDF root element'}"
    return ParsedFeed(
        title,
        _ttl(feed.get("ttl")),
        _unique(articles),
        format=d.get("version") or "",
        bozo=bozo,
        error=error,
        warnings=warnings,
    )


def _entry_article(
    entry: Any, source: Source, feed_url: str, feed_lang: str | None, fetched_at: str
) -> Article | None:
    contents = [c for c in entry.get("content") or [] if isinstance(c.get("value"), str)]
    # Prefer the fullest body; feeds put a teaser in <description> and the story in content.
    body_detail = max(contents, key=lambda c: len(c["value"])) if contents else None
    body = body_detail["value"] if body_detail else entry.get("summary")
    detail = body_detail or entry.get("summary_detail") or entry.get("title_detail") or {}
    return build_article(
        link=entry.get("link"),
        guid=entry.get("id"),
        title=entry.get("title"),
        body=body,
        published=dict.get(entry, "published_parsed") or dict.get(entry, "updated_parsed"),
        language=detail.get("language") or feed_lang,
        source=source,
        fetched_at=fetched_at,
        base_url=feed_url,
    )


def _ttl(value: Any) -> int | None:
    try:
        minutes = int(str(value).strip())
    except (TypeError, ValueError):
        return None
    return minutes * 60 if 0 < minutes < 100_000 else None


def _unique(articles: list[Article]) -> list[Article]:
    """A feed listing the same story twice yields it once (the first, usually the newest).

    Entries that share a link but carry different GUIDs are different stories: the posts
    of a live blog (".../live#post-1", "#post-2": the canonical URL drops the fragment),
    or press releases that all link to one index page. Their ids come from the GUID."""
    articles = _split_shared_links(articles)
    seen: set[str] = set()
    out = []
    for a in articles:
        if a.id not in seen:
            seen.add(a.id)
            out.append(a)
    return out


def _split_shared_links(articles: list[Article]) -> list[Article]:
    guids: dict[str, set[str]] = {}
    for a in articles:
        if a.guid:
            guids.setdefault(a.id, set()).add(a.guid)
    shared = {aid for aid, found in guids.items() if len(found) > 1}
    if not shared:
        return articles
    return [
        replace(a, id=article_id(None, a.guid, a.title, a.text, namespace=a.source.domain))
        if a.id in shared and a.guid
        else a
        for a in articles
    ]
