"""SASL on the local broker's second listener: right credentials work, wrong ones fail clearly.

The producer helper, and the poller as a process (the worker's SASL test is in
test_agents.py); secrets never appear in the logs, even at debug level.
"""

from __future__ import annotations

import dataclasses
import subprocess
import sys
import time
import uuid

import pytest

from pipeline.errors import BrokerError
from pipeline.kafka import ensure_topics, make_admin, make_producer

from ..unit.feeds.samples import rss_with_items
from .feedserver import FeedServer, Reply
from .workerproc import REPO, PollerProcess, read_topic, settings_env

pytestmark = pytest.mark.integration


@pytest.fixture
def sasl_settings(kafka_settings, local_broker):
    return dataclasses.replace(
        kafka_settings,
        bootstrap=f"127.0.0.1:{local_broker.sasl_port}",
        security_protocol="SASL_PLAINTEXT",
        sasl_mechanism="PLAIN",
        sasl_username="newswire",
        sasl_password="test-secret",
    )


def test_producer_authenticates_with_sasl_plain(sasl_settings):
    producer = make_producer(sasl_settings)
    try:
        meta = producer.send("sasl-check", key=b"k", value=b"v").get(timeout=30)
    finally:
        producer.close()
    assert meta.offset >= 0


def test_wrong_password_fails_with_a_clear_error_not_a_retry_loop(sasl_settings):
    wrong = dataclasses.replace(sasl_settings, sasl_password="not-the-password")
    started = time.monotonic()
    with pytest.raises(BrokerError, match="authentication failed") as info:
        make_admin(wrong)
    assert time.monotonic() - started < 30
    assert "not-the-password" not in str(info.value)


@pytest.fixture
def poller_settings(sasl_settings, tmp_path):
    s = dataclasses.replace(
        sasl_settings,
        topic_prefix=f"s{uuid.uuid4().hex[:8]}.",
        state_path=str(tmp_path / "state.db"),
        partitions=1,
        log_level="debug",
    )
    ensure_topics(s)
    return s


@pytest.fixture
def feeds_file(tmp_path):
    with FeedServer() as server:
        server.set("/a", Reply(body=rss_with_items(3, prefix="sasl").encode()))
        path = tmp_path / "feeds.toml"
        path.write_text(f'[[feed]]\nurl = "{server.url("/a")}"\n')
        yield path


@pytest.mark.timeout(90)
def test_poller_delivers_over_sasl_and_never_logs_the_password(
    poller_settings, feeds_file, tmp_path, reliability
):
    poller = PollerProcess(poller_settings, tmp_path / "poller.log", "--feeds", str(feeds_file))
    poller.start()
    try:
        records = read_topic(poller_settings, "raw", lambda rs: len(rs) >= 3, timeout=45)
    finally:
        status = poller.stop()
    log = poller.log_path.read_text()
    assert sorted(r.value["title"] for r in records) == ["sasl 0", "sasl 1", "sasl 2"], log
    assert status == 0 and "polling 1 feed(s)" in log and "poller stopped" in log
    assert "test-secret" not in log
    reliability.add(
        "security",
        "poller over SASL_PLAINTEXT (PLAIN)",
        "poller process on the broker's SASL listener, log level debug, password set",
        "delivered; the password is absent from the debug log",
        served=3,
        delivered=len({r.key for r in records}),
        lost=3 - len({r.key for r in records}),
    )


@pytest.mark.timeout(90)
def test_poller_with_a_wrong_password_stops_with_a_clear_error(
    poller_settings, feeds_file, reliability
):
    wrong = dataclasses.replace(poller_settings, sasl_password="not-the-password")
    started = time.monotonic()
    proc = subprocess.run(
        [sys.executable, "-m", "pipeline.cli", "poll", "--feeds", str(feeds_file)],
        cwd=REPO, env=settings_env(wrong), capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    elapsed = time.monotonic() - started
    assert proc.returncode == 2, proc.stderr[-2000:]
    assert "authentication failed" in proc.stderr
    assert "not-the-password" not in proc.stderr + proc.stdout
    assert elapsed < 40
    reliability.add(
        "security",
        "poller with a wrong SASL password",
        "`newswire poll` against the SASL listener with a wrong password",
        f"exit 2 after {elapsed:.0f} s: Kafka authentication failed (no retry loop, "
        "password not printed)",
    )
