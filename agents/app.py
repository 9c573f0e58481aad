"""The Faust app, built from the one Settings object, with its topics and agents.

`create_app(settings)` returns a ready app: every topic of the house plan with
raw (bytes) serialisers, since records are decoded by pipeline.codec so that an
unreadable one becomes a dead letter instead of a crashed agent; the dedupe
stage with its tables; the enrich agent. `faust -A agents.app worker` works too:
the module attribute `app` is built from the environment on first access.
"""

from __future__ import annotations

import logging
import ssl
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

import faust
from faust.transport.drivers import aiokafka as aiokafka_driver

from pipeline.kafka import TopicSpec
from pipeline.settings import Settings, load_settings

from .offsets import commit_allowed, lowest_in_flight

log = logging.getLogger(__name__)

RAW = "raw"  # Faust's name for the bytes-in, bytes-out codec
FETCH_MAX_WAIT_MS = 50


@dataclass(frozen=True, slots=True)
class Topics:
    raw: faust.TopicT
    dedupe_in: faust.TopicT  # internal, one partition: the whole stream meets one table
    unique: faust.TopicT
    enriched: faust.TopicT
    conflict: faust.TopicT
    duplicates: faust.TopicT
    deadletter: faust.TopicT


def broker_urls(settings: Settings) -> list[str]:
    return [f"kafka://{host.strip()}" for host in settings.bootstrap.split(",") if host.strip()]


def _ssl_context(settings: Settings) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=settings.ssl_cafile)
    if settings.ssl_certfile:
        context.load_cert_chain(
            settings.ssl_certfile, settings.ssl_keyfile, password=settings.ssl_password
        )
    return context


def broker_credentials(settings: Settings) -> faust.SASLCredentials | faust.SSLCredentials | None:
    """The settings' security options in Faust's spelling (the same ones kafka-python gets)."""
    protocol = settings.security_protocol
    if protocol.startswith("SASL"):
        return faust.SASLCredentials(
            username=settings.sasl_username,
            password=settings.sasl_password,
            mechanism=settings.sasl_mechanism or "PLAIN",
            ssl_context=_ssl_context(settings) if protocol == "SASL_SSL" else None,
        )
    if protocol == "SSL":
        return faust.SSLCredentials(_ssl_context(settings))
    return None


def data_dir(settings: Settings) -> Path:
    """Where table state lives (RocksDB files; the memory store writes nothing)."""
    if settings.table_dir:
        return Path(settings.table_dir)
    return Path(settings.broker_home) / "worker" / settings.app_id


def app_config(settings: Settings) -> dict[str, Any]:
    """Faust settings: at-least-once, tuned for a steady stream of small records."""
    web = settings.web_port is not None
    return {
        "broker": broker_urls(settings),
        "broker_credentials": broker_credentials(settings),
        "store": settings.store,
        "datadir": str(data_dir(settings)),
        "topic_partitions": settings.partitions,
        "topic_replication_factor": settings.replication_factor,
        "topic_allow_declare": True,
        "table_standby_replicas": 1,
        "processing_guarantee": "at_least_once",
        # A new consumer group starts at the beginning: nothing put on news.raw
        # before the first worker ran is skipped.
        "consumer_auto_offset_reset": "earliest",
        # Rebalance-friendly: a dead worker's partitions move within ~10 s.
        "broker_session_timeout": 10.0,
        "broker_heartbeat_interval": 2.0,
        "broker_rebalance_timeout": 30.0,
        "stream_recovery_delay": 0.2,
        # Throughput: batch sends, commit often enough that a restart replays little.
        "broker_commit_every": 1000,
        "broker_commit_interval": 1.0,
        "producer_linger": 0.02,
        "producer_max_batch_size": 256 * 1024,
        "producer_acks": -1,
        "stream_buffer_maxsize": 4096,
        "web_enabled": web,
        "web_port": settings.web_port or 6066,
        "web_bind": settings.listen_host,
        "web_host": "localhost",
        "worker_redirect_stdouts": False,
        "autodiscover": False,
    }


class _FastFetchThread(aiokafka_driver.AIOKafkaConsumerThread):
    def _create_worker_consumer(self, transport: Any) -> Any:
        consumer = super()._create_worker_consumer(transport)
        # Faust hard-codes a 1.5 s fetch long-poll. One fetch request covers every
        # partition of a node, so while it waits on idle partitions (changelogs,
        # an empty topic) the busy ones get no new fetch: the stream stalls for
        # up to 1.5 s at a time. A short long-poll keeps a multi-stage pipeline flowing.
        consumer._fetch_max_wait_ms = FETCH_MAX_WAIT_MS
        return consumer


class FastFetchConsumer(aiokafka_driver.Consumer):
    _in_flight: dict[Any, int] | None = None

    def _new_consumer_thread(self) -> Any:
        return _FastFetchThread(self, loop=self.loop, beacon=self.beacon)

    def ack(self, message: Any) -> bool:
        # Only the Outbox may mark an offset safe to commit. Faust's Stream acks the events
        # it skips at a rebalance (dequeued while the flow is suspended, or of an older
        # generation) although no agent saw them; with the consumer's committed offset
        # forgotten at revocation, that ack alone gets committed and the partition resumes
        # (here or on another worker) after a record that was never processed.
        from .delivery import released

        if not released(message):
            log.info(
                "not acking %s offset %s: skipped by Faust at a rebalance, never processed",
                message.tp, message.offset,
            )  # fmt: skip
            return False
        return bool(super().ack(message))

    def _filter_committable_offsets(self, tps: Any) -> dict[Any, int]:
        # One pass over the in-flight messages per commit, not one per partition.
        self._in_flight = lowest_in_flight(self._unacked_messages, self.app.consumer_generation_id)
        try:
            return dict(super()._filter_committable_offsets(tps))
        finally:
            self._in_flight = None

    def _new_offset(self, tp: Any) -> int | None:
        # Faust's own head test lets a one-record gap through: with the committed offset
        # C (the next record to read) and C+1 acked before C, it commits C+2, and a worker
        # killed before C's outputs land never processes C again. Out-of-order acks are
        # the rule here (an Outbox acks when the broker confirms, and outputs go to
        # several partitions), so no commit passes a record still in flight.
        acked = self._acked[tp]
        if acked:
            in_flight = self._in_flight
            if in_flight is None:
                in_flight = lowest_in_flight(
                    self._unacked_messages, self.app.consumer_generation_id
                )
            head = min(acked)
            if not commit_allowed(
                head, self._committed_offset[tp], in_flight.get(tp), bool(self._gap[tp])
            ):
                return None
        offset = super()._new_offset(tp)
        return None if offset is None else int(offset)


def dedupe_in_spec(settings: Settings) -> TopicSpec:
    """The internal topic, as make_topics declares it to Faust."""
    return TopicSpec(
        f"{settings.app_id}-dedupe-in",
        1,
        {"cleanup.policy": "delete", "retention.ms": str(settings.raw_retention_ms)},
    )


def make_topics(app: faust.App, settings: Settings) -> Topics:
    def plain(name: str) -> faust.TopicT:
        return app.topic(settings.topic(name), key_serializer=RAW, value_serializer=RAW)

    spec = dedupe_in_spec(settings)
    dedupe_in = app.topic(
        spec.name,
        key_serializer=RAW,
        value_serializer=RAW,
        partitions=spec.partitions,
        internal=True,
        deleting=True,
        retention=timedelta(milliseconds=settings.raw_retention_ms),
        replicas=settings.replication_factor,
    )
    return Topics(
        raw=plain("raw"),
        dedupe_in=dedupe_in,
        unique=plain("unique"),
        enriched=plain("enriched"),
        conflict=plain("conflict"),
        duplicates=plain("duplicates"),
        deadletter=plain("deadletter"),
    )


@dataclass(frozen=True, slots=True)
class Wiring:
    """The app with what tests and the worker may want to reach: topics and counters."""

    app: faust.App
    topics: Topics
    outcomes: Any  # agents.metrics.Outcomes


def build(settings: Settings, *, enrich_concurrency: int = 1) -> Wiring:
    from . import dedupe, enrich, heap, metrics

    config = app_config(settings)
    Path(config["datadir"]).mkdir(parents=True, exist_ok=True)  # Faust creates only the leaf
    app = faust.App(settings.app_id, **config)
    app.transport.Consumer = FastFetchConsumer  # type: ignore[misc]
    topics = make_topics(app, settings)
    outcomes = metrics.install(app, settings)
    dedupe.register(app, settings, topics, outcomes)
    enrich.register(app, settings, topics, outcomes, concurrency=enrich_concurrency)
    heap.register(app)
    return Wiring(app, topics, outcomes)


def create_app(settings: Settings, *, enrich_concurrency: int = 1) -> faust.App:
    """The worker's Faust app: topics, dedupe tables and agents, from the settings."""
    return build(settings, enrich_concurrency=enrich_concurrency).app


def __getattr__(name: str) -> Any:
    """`faust -A agents.app worker`: the app from the environment, built on first use."""
    if name == "app":
        built = create_app(load_settings())
        globals()["app"] = built
        return built
    raise AttributeError(name)
