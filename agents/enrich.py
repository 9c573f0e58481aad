"""Enrich: news.unique -> pipeline.enrich -> news.enriched (+ news.conflict), keyed by id.

A revision that is no longer a conflict story sends a tombstone (no value) to
news.conflict under its id, so the earlier revision does not stay there.

The agent supplies what the pure core may not: the clock (`enriched_at`), and
the revision and fingerprint the dedupe stage put in the record's headers.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

import faust
from faust.types import EventT, StreamT

from pipeline import codec
from pipeline import enrich as core
from pipeline.settings import Settings

from .app import Topics
from .dedupe import FINGERPRINT_HEADER, REVISION_HEADER
from .delivery import Outbox, Output, dead_letter
from .metrics import Outcomes

_FINGERPRINT = re.compile(rb"[0-9a-f]{16}")


def utc_now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def enrich_record(
    event: EventT, topics: Topics, settings: Settings, rules: core.Rules | None = None
) -> tuple[str, list[Output]]:
    """One news.unique record -> the enriched record on one or two topics (or a dead letter)."""
    try:
        article = codec.decode_article(event.message.value)
        revision = int(event.headers.get(REVISION_HEADER, b"0"))
        # The dedupe stage computed the SimHash from this very text: reuse it (an
        # odd header, from a hand-made record, is ignored and the core computes it).
        given = event.headers.get(FINGERPRINT_HEADER) or b""
        record = core.enrich(
            article,
            revision=revision,
            enriched_at=utc_now(),
            conflict_threshold=settings.conflict_threshold,
            rules=rules,
            fingerprint=given.decode() if _FINGERPRINT.fullmatch(given) else "",
        )
        key, value = article.id.encode(), codec.encode(record)
    except Exception as exc:  # unreadable record or a failure in the core: carry on
        return "deadletter", [dead_letter(topics.deadletter, event, exc, stage="enrich")]
    outputs = [Output(topics.enriched, key, value)]
    if record.conflict.is_conflict:
        outputs.append(Output(topics.conflict, key, value))
        return "conflict", outputs
    if revision > 0:
        # An earlier revision may have been a conflict story: withdraw it from the
        # compacted news.conflict (a tombstone), or its readers keep the stale record.
        outputs.append(Output(topics.conflict, key, None))
    return "enriched", outputs


def register(
    app: faust.App, settings: Settings, topics: Topics, outcomes: Outcomes, *, concurrency: int = 1
) -> None:
    # One Outbox for all the agent's actors (`--concurrency N`): it keeps the outputs
    # of one key in the order they were sent, which per-actor Outboxes could not.
    outbox = Outbox(app, deadletter=topics.deadletter)
    # Read once, when the app is built: a bad rules file stops the worker at start.
    rules = core.load_rules(settings.rules_file)

    @app.agent(topics.unique, name="enrich", concurrency=max(1, concurrency))
    async def enrich(stream: StreamT) -> None:
        async for event in stream.noack().events():
            outcome, outputs = enrich_record(event, topics, settings, rules)
            outcomes.inc("enrich", outcome)
            await outbox.send(event, outputs)
