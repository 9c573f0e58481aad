"""Kafka clients (kafka-python) built from the settings, and topic administration.

Every client gets the same connection and security options, so a cluster with
SASL or SSL works for the poller, replay, consume and `topics create` alike.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from kafka import KafkaAdminClient, KafkaConsumer, KafkaProducer
from kafka.admin import NewTopic
from kafka.errors import KafkaError, KafkaTimeoutError, TopicAlreadyExistsError

from .errors import AuthenticationError, BrokerError
from .settings import Settings


class _AuthFailureWatch(logging.Handler):
    """Remembers the last SASL failure kafka-python logged.

    kafka-python 3 retries a refused login until its bootstrap timeout and
    then reports only "Unable to bootstrap"; the log is the one place that
    says the password was wrong, and the user deserves to be told so.
    """

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.last: str | None = None
        # A broker may also just close the socket after a refused login, before
        # the client has read the error; with SASL on, that is the likely cause.
        self.disconnected = False

    def reset(self) -> None:
        self.last, self.disconnected = None, False

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        if "SaslAuthenticationFailed" in message or "Authentication failed" in message:
            self.last = message
        elif "socket disconnected" in message:
            self.disconnected = True


_auth_watch = _AuthFailureWatch()
logging.getLogger("kafka").addHandler(_auth_watch)


def _wrap(settings: Settings, exc: Exception) -> BrokerError:
    name = type(exc).__name__
    bootstrap_failed = isinstance(exc, KafkaTimeoutError) and "bootstrap" in str(exc)
    if bootstrap_failed and _auth_watch.last:
        detail = _auth_watch.last
        _auth_watch.reset()
        return AuthenticationError(
            f"Kafka authentication failed at {settings.bootstrap} "
            f"(check NEWSWIRE_SASL_USERNAME / NEWSWIRE_SASL_PASSWORD): {detail[-200:]}"
        )
    if bootstrap_failed and settings.sasl_mechanism and _auth_watch.disconnected:
        _auth_watch.reset()
        return AuthenticationError(
            f"Kafka authentication failed at {settings.bootstrap}: the broker closed the "
            "connection during the SASL login (check NEWSWIRE_SASL_USERNAME, "
            "NEWSWIRE_SASL_PASSWORD and NEWSWIRE_SASL_MECHANISM)"
        )
    if isinstance(exc, KafkaTimeoutError) and "bootstrap" in str(exc):
        return BrokerError(
            f"no Kafka broker answers at {settings.bootstrap} "
            "(start one with `newswire broker start`, or set NEWSWIRE_BOOTSTRAP)"
        )
    if "Authentication" in name or "SaslAuth" in name:
        return AuthenticationError(f"Kafka authentication failed at {settings.bootstrap}: {exc}")
    return BrokerError(f"Kafka error at {settings.bootstrap}: {name}: {exc}")


def make_producer(settings: Settings, **overrides: Any) -> KafkaProducer:
    """An idempotent, acks=all producer: a confirmed send is on every in-sync replica."""
    _auth_watch.reset()
    options: dict[str, Any] = {
        **settings.kafka_client_options(),
        "bootstrap_timeout_ms": 15_000,
        "acks": "all",
        "enable_idempotence": True,
        "compression_type": "gzip",
        "linger_ms": 20,
        "retries": 2**31 - 1,
        "max_in_flight_requests_per_connection": 5,
        "request_timeout_ms": 30_000,
        "delivery_timeout_ms": 120_000,
        "max_request_size": 4 * 1024 * 1024,
    }
    options.update(overrides)
    try:
        return KafkaProducer(**options)
    except KafkaError as exc:
        raise _wrap(settings, exc) from None


def make_consumer(settings: Settings, *topics: str, **overrides: Any) -> KafkaConsumer:
    _auth_watch.reset()
    options: dict[str, Any] = {
        **settings.kafka_client_options(),
        "bootstrap_timeout_ms": 15_000,
        "enable_auto_commit": False,
        "auto_offset_reset": "latest",
    }
    options.update(overrides)
    try:
        return KafkaConsumer(*topics, **options)
    except KafkaError as exc:
        raise _wrap(settings, exc) from None


def make_admin(settings: Settings, **overrides: Any) -> KafkaAdminClient:
    _auth_watch.reset()
    options = {
        **settings.kafka_client_options(),
        "request_timeout_ms": 15_000,
        "bootstrap_timeout_ms": 10_000,
        **overrides,
    }
    try:
        return KafkaAdminClient(**options)
    except KafkaError as exc:
        raise _wrap(settings, exc) from None


@dataclass(frozen=True, slots=True)
class TopicSpec:
    name: str
    partitions: int
    config: dict[str, str]


def topic_specs(settings: Settings) -> list[TopicSpec]:
    """The topics of the house plan with their partitions and retention.

    Output topics are keyed by article id, so compaction (with a time limit as
    well) leaves a consumer one record per article; news.raw and the dead
    letters keep everything for their retention only.
    """
    keep = str(settings.output_retention_ms)
    compact = {"cleanup.policy": "compact,delete", "retention.ms": keep}
    plain = {"cleanup.policy": "delete", "retention.ms": str(settings.raw_retention_ms)}
    n = settings.partitions
    return [
        TopicSpec(settings.topic("raw"), n, plain),
        TopicSpec(settings.topic("unique"), n, plain),
        TopicSpec(settings.topic("enriched"), n, compact),
        TopicSpec(settings.topic("conflict"), n, compact),
        TopicSpec(settings.topic("duplicates"), n, compact),
        TopicSpec(
            settings.topic("deadletter"), 1, {"cleanup.policy": "delete", "retention.ms": keep}
        ),
    ]


def ensure_topics(
    settings: Settings, *, echo=None, specs: list[TopicSpec] | None = None
) -> list[str]:
    """Create the missing topics of the house plan (or of `specs`); returns the names created."""
    admin = make_admin(settings)
    created: list[str] = []
    try:
        existing = set(admin.list_topics())
        for spec in topic_specs(settings) if specs is None else specs:
            if spec.name in existing:
                continue
            topic = NewTopic(
                name=spec.name,
                num_partitions=spec.partitions,
                replication_factor=settings.replication_factor,
                topic_configs=spec.config,
            )
            try:
                admin.create_topics([topic], timeout_ms=30_000)
                created.append(spec.name)
                if echo:
                    echo(f"created topic {spec.name} ({spec.partitions} partitions)")
            except TopicAlreadyExistsError:
                pass  # another process created it between list and create
    except KafkaError as exc:
        raise _wrap(settings, exc) from None
    finally:
        admin.close()
    return created
