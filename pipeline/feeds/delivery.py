"""Articles to Kafka from a dedicated thread, confirmed before the caller moves on.

kafka-python blocks (metadata waits, flush), so every producer call runs on a
single worker thread and the event loop only awaits the outcome. `send()`
returns only once the broker acknowledged every record (acks=all), or raises
DeliveryError; the poller advances a feed's state only in the first case.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from ..codec import encode
from ..errors import BrokerError
from ..schema import Article
from ..settings import Settings

log = logging.getLogger("newswire.poller.delivery")
ProducerFactory = Callable[[Settings], Any]


class DeliveryError(BrokerError):
    """The broker did not confirm a batch; nothing may be marked as delivered."""


def default_producer_factory(settings: Settings) -> Any:
    from ..kafka import make_producer

    # Short bounds so an unreachable broker fails a batch in seconds, not minutes;
    # the poller retries the whole fetch later, so nothing is lost by giving up early.
    return make_producer(
        settings,
        max_block_ms=10_000,
        bootstrap_timeout_ms=5_000,
        request_timeout_ms=10_000,
        delivery_timeout_ms=30_000,
    )


class Delivery:
    def __init__(
        self, settings: Settings, factory: ProducerFactory | None = None, *, timeout_s: float = 30.0
    ) -> None:
        self._settings = settings
        self._factory = factory or default_producer_factory
        self._topic = settings.topic("raw")
        self._timeout_s = timeout_s
        self._producer: Any = None
        self._retry_at = 0.0  # monotonic: no new producer before this (broker known down)
        self._failures = 0
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="newswire-kafka")

    async def send(self, articles: Sequence[Article]) -> None:
        if not articles:
            return
        loop = asyncio.get_running_loop()
        await loop.run_in_executor(self._executor, self._send_blocking, list(articles))

    def _ensure_producer(self) -> Any:
        if self._producer is not None:
            return self._producer
        if time.monotonic() < self._retry_at:
            raise DeliveryError("broker unreachable; waiting before reconnecting")
        try:
            self._producer = self._factory(self._settings)
        except Exception as exc:
            self._note_failure()
            raise DeliveryError(f"cannot create a Kafka producer: {exc}") from None
        return self._producer

    def _note_failure(self) -> None:
        self._failures += 1
        self._retry_at = time.monotonic() + min(30.0, 0.5 * 2 ** min(self._failures, 6))

    def _send_blocking(self, articles: list[Article]) -> None:
        producer = self._ensure_producer()
        deadline = time.monotonic() + self._timeout_s
        try:
            futures = [
                producer.send(self._topic, key=a.id.encode("utf-8"), value=encode(a))
                for a in articles
            ]
            producer.flush(timeout=max(0.1, deadline - time.monotonic()))
            for future in futures:
                future.get(timeout=max(0.1, deadline - time.monotonic()))
        except Exception as exc:
            # Drop this producer: its buffer may hold the batch, but we will resend
            # it anyway, and a fresh producer re-bootstraps cleanly once the broker is back.
            self._discard_producer()
            self._note_failure()
            raise DeliveryError(
                f"broker did not confirm {len(articles)} article(s): {exc!r}"
            ) from None
        self._failures = 0

    def _discard_producer(self) -> None:
        producer, self._producer = self._producer, None
        if producer is not None:
            try:
                producer.close(timeout=0)
            except Exception:
                log.debug("closing a failed producer raised", exc_info=True)

    def close(self, timeout_s: float = 5.0) -> None:
        """Flush what is pending and close, within timeout_s (called on shutdown)."""

        def _close() -> None:
            if self._producer is not None:
                try:
                    self._producer.flush(timeout=timeout_s)
                finally:
                    self._producer.close(timeout=timeout_s)
                    self._producer = None

        future = self._executor.submit(_close)
        try:
            future.result(timeout=timeout_s * 2 + 1)
        except Exception:
            log.warning("Kafka producer did not close cleanly", exc_info=True)
        self._executor.shutdown(wait=False, cancel_futures=True)
