"""Dedupe: news.raw -> (route) -> <app_id>-dedupe-in (1 partition) -> (dedupe) -> news.unique.

Two agents. `route` reads every partition of news.raw, validates each record
(an unreadable one becomes a dead letter), computes its SimHash and content
hash, and forwards the original bytes to the internal single-partition topic
with both in headers. `dedupe` reads that one partition, so one table
partition sees every fingerprint of the whole stream, asks
agents.dedupe_logic for a decision, and sends the article on to news.unique
(headers: revision, fingerprint) or a Duplicate record to news.duplicates.
"""

from __future__ import annotations

import logging
import time

import faust
from faust.types import EventT, StreamT

from pipeline import codec
from pipeline.enrich.fingerprint import simhash
from pipeline.enrich.text import normalise
from pipeline.schema import Article, Duplicate
from pipeline.settings import Settings

from .app import Topics
from .dedupe_logic import DUPLICATE, UNIQUE, Candidate, DedupeState, content_hash
from .delivery import Outbox, Output, dead_letter
from .metrics import Outcomes

log = logging.getLogger(__name__)

FINGERPRINT_HEADER = "nw-fingerprint"
HASH_HEADER = "nw-content-hash"
REVISION_HEADER = "nw-revision"
# "partition:offset" of the record on news.raw: a copy the route stage forwards twice
# (its news.raw offset was not committed when the worker stopped) keeps it
RAW_POSITION_HEADER = "nw-raw-position"
PRUNE_EVERY_S = 600.0  # start a pass over the tables this often; each record does a little


def fingerprint(article: Article) -> str:
    """The SimHash the enrichment reports too: of the body, or the title when there is none."""
    return simhash(normalise(article.text) or normalise(article.title))


def route_record(event: EventT, topics: Topics) -> Output:
    """news.raw record -> the single-partition dedupe topic (or a dead letter)."""
    message = event.message
    try:
        article = codec.decode_article(message.value)
        headers = {
            FINGERPRINT_HEADER: fingerprint(article).encode(),
            HASH_HEADER: content_hash(article.title, article.text).encode(),
            RAW_POSITION_HEADER: f"{message.partition}:{message.offset}".encode(),
        }
    except Exception as exc:  # invalid record, or a bug on odd input: never stop the stream
        return dead_letter(topics.deadletter, event, exc, stage="dedupe")
    return Output(topics.dedupe_in, article.id.encode(), message.value, headers, message.timestamp)


def _raw_position(value: bytes | None) -> tuple[int, int] | None:
    """(partition, offset) from the route stage's header; None for records without one."""
    if not value:
        return None
    partition, _, offset = value.decode().partition(":")
    return int(partition), int(offset)


def dedupe_record(event: EventT, state: DedupeState, topics: Topics) -> tuple[str, list[Output]]:
    """One record of the dedupe topic -> its decision and outputs."""
    message = event.message
    headers = event.headers
    try:
        candidate = Candidate(
            id=message.key.decode(),
            content_hash=headers[HASH_HEADER].decode(),
            fingerprint=headers[FINGERPRINT_HEADER].decode(),
            ts=float(message.timestamp or time.time()),
            offset=message.offset,
            raw=_raw_position(headers.get(RAW_POSITION_HEADER)),
        )
        decision = state.decide(candidate)
        if decision.kind == UNIQUE:
            out_headers = {
                REVISION_HEADER: str(decision.revision).encode(),
                FINGERPRINT_HEADER: candidate.fingerprint.encode(),
            }
            return UNIQUE, [
                Output(topics.unique, message.key, message.value, out_headers, message.timestamp)
            ]
        if decision.kind == DUPLICATE:
            article = codec.decode_article(message.value)
            record = Duplicate(
                id=candidate.id,
                duplicate_of=decision.duplicate_of or candidate.id,
                similarity=decision.similarity,
                reason=decision.reason or "",
                title=article.title,
                source=article.source,
            )
            return f"{DUPLICATE}:{decision.reason}", [
                Output(topics.duplicates, message.key, codec.encode(record))
            ]
        return decision.kind, []  # STALE: an older record replayed after a crash
    except Exception as exc:
        return "deadletter", [dead_letter(topics.deadletter, event, exc, stage="dedupe")]


# RocksDB's memory for each table, outside Python's heap. Faust's defaults (a 2 GiB block
# cache, 500 MiB compressed, three 64 MiB write buffers) would let a worker that runs for
# months grow towards 5 GiB for two tables of a few hundred MB; the memory store ignores it.
# What each table may hold, and so what the worker's RSS grows towards:
# - memtables, up to write_buffer_size x max_write_buffer_number. A memtable is freed only
#   once it is full and flushed: every put, delete (pruning) and persisted-offset write
#   stays in it until then, ~480 bytes per article over both tables. With 16 MiB buffers a
#   worker at 8 articles/s filled none in 2 hours, and its RSS grew the whole time.
# - the block cache, up to block_cache_size: blocks read from table files (also of files
#   compaction has since deleted, until the LRU evicts them); it fills as the tables are read.
# - block_cache_compressed_size is ignored by the rocksdict driver Faust uses here.
# Two tables: at most 2 x (2 x 4 + 16) = 48 MiB (was 2 x (2 x 16 + 64) = 192 MiB).
TABLE_OPTIONS = {
    "block_cache_size": 16 * 1024**2,
    "block_cache_compressed_size": 16 * 1024**2,
    "write_buffer_size": 4 * 1024**2,
    "max_write_buffer_number": 2,
}


def register(app: faust.App, settings: Settings, topics: Topics, outcomes: Outcomes) -> None:
    ids = app.Table(
        "dedupe-ids",
        partitions=1,
        help="article id -> what was let through",
        options=dict(TABLE_OPTIONS),
    )
    hashes = app.Table(
        "dedupe-hashes",
        partitions=1,
        help="content hash -> article id",
        options=dict(TABLE_OPTIONS),
    )
    state = DedupeState(
        ids,
        hashes,
        max_distance=settings.dedupe_max_distance,
        window_s=settings.dedupe_window_days * 86400.0,
        stable_iteration=settings.store.startswith("rocksdb"),  # the memory store is a dict
    )

    @app.agent(topics.raw, name="dedupe-route")
    async def route(stream: StreamT) -> None:
        outbox = Outbox(app, deadletter=topics.deadletter)
        async for event in stream.noack().events():
            output = route_record(event, topics)
            outcomes.inc("route", "deadletter" if output.topic is topics.deadletter else "routed")
            await outbox.send(event, [output])

    @app.agent(topics.dedupe_in, name="dedupe")
    async def dedupe(stream: StreamT) -> None:
        outbox = Outbox(app, deadletter=topics.deadletter)
        generation = None
        next_prune = time.monotonic() + PRUNE_EVERY_S
        async for event in stream.noack().events():
            if generation != app.consumer_generation_id:
                # Partitions were (re)assigned and the tables recovered: rebuild the index.
                generation = app.consumer_generation_id
                started = time.monotonic()
                n = state.rebuild_index()
                log.info("dedupe: indexed %d fingerprints in %.2fs", n, time.monotonic() - started)
            outcome, outputs = dedupe_record(event, state, topics)
            outcomes.inc("dedupe", outcome)
            if state.pruning or time.monotonic() >= next_prune:
                outcomes.inc("dedupe", "expired", state.prune(time.time()))
                if not state.pruning:
                    next_prune = time.monotonic() + PRUNE_EVERY_S
            await outbox.send(event, outputs)
