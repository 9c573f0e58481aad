"""A fetch parsed but not yet confirmed by the broker: the entries to deliver and all
that committing the fetch to the state needs once the broker has confirmed them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from ..schema import Article
from .articles import content_hash
from .fetch import FetchResult
from .parse import ParsedFeed


@dataclass(slots=True)
class Batch:
    url: str  # where it was fetched (after a permanent redirect)
    fresh: list[Article]  # new or revised entries, to deliver
    revisions: int
    hashes: dict[str, str]  # every entry listed: id -> content hash
    headers: dict[str, str]
    ttl: int | None
    status: int
    etag: str | None
    last_modified: str | None
    fetched: float

    @classmethod
    def of(
        cls,
        parsed: ParsedFeed,
        known: Mapping[str, str],
        *,
        url: str,
        result: FetchResult,
        fetched: float,
    ) -> Batch:
        """The entries that are new, or changed since `known` (id -> content hash) saw them."""
        hashes = {a.id: content_hash(a) for a in parsed.articles}
        fresh = [a for a in parsed.articles if known.get(a.id) != hashes[a.id]]
        return cls(
            url=url,
            fresh=fresh,
            revisions=sum(1 for a in fresh if a.id in known),
            hashes=hashes,
            headers=result.headers,
            ttl=parsed.ttl,
            status=result.status,
            etag=result.etag,
            last_modified=result.last_modified,
            fetched=fetched,
        )
