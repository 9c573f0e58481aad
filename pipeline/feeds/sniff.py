"""Any replayable input to Articles, the format sniffed from the content itself.

Used by `newswire replay` and `newswire enrich`: a file may be RSS/Atom/RDF
XML, a JSON Feed, one JSON article record or a list of them, JSON lines of
records, or plain text (first line the title, the rest the body). The file
extension is not trusted: seed folders are full of .txt files holding XML.
"""

from __future__ import annotations

from typing import Any

import orjson

from ..codec import article_from_dict
from ..errors import InputError, InvalidRecord
from ..schema import Article, Source
from .articles import content_hash
from .jsonfeed import is_json_feed
from .markup import html_to_text, one_line
from .parse import parse_feed
from .urls import article_id, canonical_url, short_hash
from .xmlprep import decode_document


def articles_from_bytes(body: bytes, *, origin: str, fetched_at: str) -> list[Article]:
    """Every Article in the input; raises InputError with the reason when unreadable."""
    if b"\x00" in body[:4] and not body.startswith((b"\xff\xfe", b"\xfe\xff", b"<\x00", b"\x00<")):
        raise InputError(f"{origin}: binary data, not a feed, JSON or text")
    text, _, _ = decode_document(body)
    stripped = text.lstrip("\ufeff \t\r\n")
    if not stripped:
        raise InputError(f"{origin}: empty input")
    if stripped[:1] == "<":  # markup is a feed or nothing: an HTML page is not an article
        return _from_feed(body, origin, fetched_at)
    if stripped[:1] in "{[":
        try:
            doc = orjson.loads(stripped.encode("utf-8", "surrogatepass"))
        except orjson.JSONDecodeError:
            return _from_json_lines(stripped, origin, fetched_at)
        if is_json_feed(doc):
            return _from_feed(body, origin, fetched_at)
        records = doc if isinstance(doc, list) else [doc]
        return [_record(r, origin, fetched_at, f"item {i}") for i, r in enumerate(records)]
    if "\x00" in text or _mostly_binary(text):
        raise InputError(f"{origin}: binary data, not a feed, JSON or text")
    return [_plain_text(text, origin, fetched_at)]


def _mostly_binary(text: str) -> bool:
    sample = text[:4096]
    odd = sum(1 for ch in sample if ch < " " and ch not in "\n\r\t\f")
    return odd > len(sample) // 10


def _from_feed(body: bytes, origin: str, fetched_at: str) -> list[Article]:
    parsed = parse_feed(body, feed_url=origin, fetched_at=fetched_at)
    if parsed.error and not parsed.articles:
        raise InputError(f"{origin}: unreadable feed: {parsed.error}")
    return parsed.articles


def _from_json_lines(text: str, origin: str, fetched_at: str) -> list[Article]:
    out = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = orjson.loads(line)
        except orjson.JSONDecodeError as exc:
            raise InputError(f"{origin}: line {n} is not JSON ({exc})") from None
        out.append(_record(record, origin, fetched_at, f"line {n}"))
    if not out:
        raise InputError(f"{origin}: no records")
    return out


def _record(record: Any, origin: str, fetched_at: str, where: str) -> Article:
    """A JSON article record; missing id, source and fetched_at are filled in."""
    if not isinstance(record, dict):
        raise InputError(f"{origin}: {where}: an article record must be a JSON object")
    d = dict(record)
    if not isinstance(d.get("source"), dict):
        d["source"] = {"feed": origin, "domain": "", "name": None}
    d.setdefault("fetched_at", fetched_at)
    for key in ("title", "text"):
        if isinstance(d.get(key), str):  # records may carry HTML; Articles never do
            d[key] = one_line(d[key]) if key == "title" else html_to_text(d[key])
    for key in ("title", "text", "url", "guid", "canonical_url"):
        if d.get(key) is not None and not isinstance(d[key], str):
            raise InputError(f"{origin}: {where}: field {key!r} must be a string")
    if not d.get("id"):
        url = d.get("url") if isinstance(d.get("url"), str) else None
        canon = d.get("canonical_url") or canonical_url(url)
        d.setdefault("canonical_url", canon)
        guid = d.get("guid") if isinstance(d.get("guid"), str) else None
        d["id"] = article_id(
            canon if isinstance(canon, str) else None,
            guid,
            d.get("title") or "",
            d.get("text") or "",
            namespace=str(d["source"].get("domain") or ""),
        )
    try:
        return article_from_dict(d)
    except InvalidRecord as exc:
        raise InputError(f"{origin}: {where}: {exc}") from None


def _plain_text(text: str, origin: str, fetched_at: str) -> Article:
    lines = text.replace("\r\n", "\n").lstrip("\ufeff \t\n").split("\n", 1)
    title = " ".join(lines[0].split())
    body = html_to_text(lines[1]) if len(lines) > 1 else ""
    return Article(
        id=short_hash("content", title, body),
        url=None,
        canonical_url=None,
        guid=None,
        source=Source(feed=origin, domain="", name=None),
        title=title,
        text=body,
        language=None,
        published_at=None,
        fetched_at=fetched_at,
    )


__all__ = ["articles_from_bytes", "content_hash"]
