"""At-least-once delivery: an input record is acked only once all it produced is on the broker.

Faust commits the offset of acked events. The agents iterate `stream.noack()`
and hand each event with its outputs to an `Outbox`: the sends are queued in
the producer without waiting (so batching keeps throughput up) and the event
is acked from the delivery callbacks once every output is confirmed (acks=all).
A send that fails is retried until it succeeds; until then the event stays
un-acked, so no offset past it is committed and a killed worker re-processes
it rather than losing it. Outputs are keyed by article id, so a re-processed
record overwrites itself on the compacted output topics.

Outputs of one key to one topic go out one at a time, each after the broker confirmed
the one before: a failed send is retried later, and a newer record of the same key
sent meanwhile would land before it, leaving a consumer that keeps the last record per
key (or the compacted topic) with the older revision.
"""

from __future__ import annotations

import asyncio
import logging
import weakref
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any

import faust
from faust.types import EventT

from pipeline import codec

log = logging.getLogger(__name__)

MAX_ERROR_CHARS = 2000
# Faust's producer refuses a record over its max_request_size (1,000,000 bytes, counted
# before compression) with an error no retry can cure: an Outbox that retried it would
# hold its partition's offset for good. Outputs are checked against this bound first
# (room left for the key, headers and record overhead), and a dead letter carries at
# most this much of the original bytes.
MAX_OUTPUT_BYTES = 900_000
MAX_DEAD_LETTER_PAYLOAD = 256 * 1024

# Messages whose ack comes from an Outbox: every output delivered (or nothing to send).
# Faust also acks, on its own, events it *skips* without handing them to the agent
# (faust/streams.py Stream.__aiter__: a message dequeued while flow control is suspended
# during a rebalance, or fetched in an older generation, is acked even on a noack()
# stream). Such an ack would let the offset be committed past a record nobody processed,
# so the consumer (agents.app.FastFetchConsumer) accepts only acks of released messages.
_released: weakref.WeakSet[Any] = weakref.WeakSet()


def released(message: Any) -> bool:
    """Whether an Outbox acked this message (its outputs are all on the broker)."""
    return message in _released


@dataclass(frozen=True, slots=True)
class Output:
    topic: faust.TopicT
    key: bytes | None
    value: bytes | None  # None: a tombstone, deleting the key from a compacted topic
    headers: dict[str, bytes] | None = None
    timestamp: float | None = None


class _Pending:
    __slots__ = ("event", "left")

    def __init__(self, event: EventT, left: int) -> None:
        self.event = event
        self.left = left


class Outbox:
    """Sends an event's outputs; acks the event when the broker has confirmed all of them."""

    def __init__(
        self,
        app: faust.App,
        *,
        deadletter: faust.TopicT | None = None,
        retry_delay: float = 1.0,
        max_output_bytes: int | None = None,
    ) -> None:
        self.app = app
        self.deadletter = deadletter
        self.max_output_bytes = max_output_bytes  # None: the module's bound, read per send
        self.retry_delay = retry_delay
        self.retries = 0
        self._tasks: set[asyncio.Task[None]] = set()
        # (topic, key) -> outputs waiting for that key's output in flight to be confirmed.
        # Same-key outputs are rare (revisions), so this costs batching nothing in practice.
        self._waiting: dict[tuple[str, bytes], deque[tuple[_Pending, Output]]] = {}

    async def send(self, event: EventT, outputs: Sequence[Output]) -> None:
        if not outputs:
            self._ack(event)
            return
        limit = self.max_output_bytes or MAX_OUTPUT_BYTES
        too_big = next((o for o in outputs if _size(o) > limit), None)
        if too_big is not None and self.deadletter is not None:
            # Nothing of this event is sent but one dead letter: a part of its outputs
            # would be a partial result, and the rest could never be delivered.
            error = RecordTooLarge(
                f"an output for {too_big.topic.get_topic_name()} is {_size(too_big)} bytes, "
                f"over the {limit} a record may have"
            )
            outputs = [dead_letter(self.deadletter, event, error, stage="size")]
        pending = _Pending(event, len(outputs))
        # Every output takes its place in its key's lane before the first await: another
        # actor of the agent, sharing this Outbox, may send the next revision meanwhile.
        now = []
        for output in outputs:
            lane = _lane(output)
            if lane is not None:
                if lane in self._waiting:
                    self._waiting[lane].append((pending, output))
                    continue
                self._waiting[lane] = deque()
            now.append(output)
        for output in now:
            await self._start(pending, output)

    async def _start(self, pending: _Pending, output: Output) -> None:
        try:
            future = await _publish(output)
        except Exception as exc:  # the producer refused it outright: retry later
            self._retry_later(pending, output, exc)
            return
        future.add_done_callback(partial(self._on_done, pending, output))

    def _on_done(self, pending: _Pending, output: Output, future: asyncio.Future[Any]) -> None:
        if future.cancelled():
            self._retry_later(pending, output, asyncio.CancelledError())
            return
        exc = future.exception()
        if exc is not None:
            self._retry_later(pending, output, exc)
            return
        pending.left -= 1
        if pending.left == 0:
            self._ack(pending.event)
        lane = _lane(output)
        if lane is not None:
            self._next(lane)

    def _next(self, lane: tuple[str, bytes]) -> None:
        """The key's output in flight is confirmed: send the next one of that key, if any."""
        queue = self._waiting.get(lane)
        if not queue:
            self._waiting.pop(lane, None)
            return
        pending, output = queue.popleft()
        task = asyncio.ensure_future(self._start(pending, output))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def _retry_later(self, pending: _Pending, output: Output, exc: BaseException) -> None:
        self.retries += 1
        log.warning(
            "delivery to %s failed (%s: %s); retrying in %.1fs, the input stays un-acked",
            output.topic.get_topic_name(), type(exc).__name__, exc, self.retry_delay,
        )  # fmt: skip
        task = asyncio.ensure_future(self._retry(pending, output))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _retry(self, pending: _Pending, output: Output) -> None:
        await asyncio.sleep(self.retry_delay)
        await self._start(pending, output)

    def _ack(self, event: EventT) -> None:
        _released.add(event.message)
        if event.ack():
            message = event.message
            self.app.sensors.on_message_out(message.tp, message.offset, message)


class RecordTooLarge(ValueError):
    """An output the producer would refuse whatever the retries."""


def _lane(output: Output) -> tuple[str, bytes] | None:
    return None if output.key is None else (output.topic.get_topic_name(), output.key)


def _size(output: Output) -> int:
    headers = sum(len(k) + len(v) for k, v in (output.headers or {}).items())
    return len(output.value or b"") + len(output.key or b"") + headers


async def _publish(output: Output) -> asyncio.Future[Any]:
    future = await output.topic.send(
        key=output.key, value=output.value, headers=output.headers, timestamp=output.timestamp
    )
    return future  # type: ignore[return-value]


def error_text(exc: BaseException) -> str:
    text = f"{type(exc).__name__}: {exc}"
    return text if len(text) <= MAX_ERROR_CHARS else text[: MAX_ERROR_CHARS - 3] + "..."


def dead_letter(topic: faust.TopicT, event: EventT, exc: BaseException, *, stage: str) -> Output:
    """The dead letter for an event: where it came from, why it failed, its original bytes."""
    message = event.message
    key = message.key if isinstance(message.key, bytes) else None
    value = message.value if isinstance(message.value, bytes) else None
    error = error_text(exc)
    if value is not None and len(value) > MAX_DEAD_LETTER_PAYLOAD:
        error = f"{error} (payload: the first {MAX_DEAD_LETTER_PAYLOAD} of {len(value)} bytes)"
        value = value[:MAX_DEAD_LETTER_PAYLOAD]
    record = codec.dead_letter(
        topic=message.topic,
        partition=message.partition,
        offset=message.offset,
        error=error,
        payload=value,
        key=key,
        stage=stage,
    )
    return Output(topic, key, codec.encode(record))
