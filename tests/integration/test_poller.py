"""The poller against a real local HTTP server and a real Kafka broker.

Each test runs the real poll cycle (`run_poller`, or the CLI for SIGTERM),
reads back what reached news.raw, and checks the state file. Scheduling uses
a fake clock so "later" costs no wall time; HTTP and Kafka are real.
"""

from __future__ import annotations

import dataclasses
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

import pytest

from pipeline.codec import decode_article
from pipeline.feeds.poller import run_poller
from pipeline.feeds.state import StateStore
from pipeline.kafka import ensure_topics, make_consumer
from pipeline.settings import Settings

from ..unit.feeds.samples import BILLION_LAUGHS, MALFORMED, XXE, rss_with_items
from .feedserver import FeedServer, Reply, gzip_bomb

pytestmark = [pytest.mark.integration, pytest.mark.timeout(60)]
REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def settings(kafka_settings, tmp_path) -> Settings:
    s = dataclasses.replace(
        kafka_settings,
        topic_prefix=f"p{uuid.uuid4().hex[:8]}.",
        state_path=str(tmp_path / "state.db"),
        allow_private_addresses=True,
        partitions=1,
        fetch_timeout_s=3.0,
        max_body_bytes=2 * 1024 * 1024,
        min_interval_s=60,
        max_interval_s=3600,
    )
    ensure_topics(s)
    return s


@pytest.fixture
def server():
    with FeedServer() as srv:
        yield srv


class Clock:
    def __init__(self) -> None:
        self.now = time.time()

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float = 10_000) -> None:
        self.now += seconds


def write_feeds(tmp_path: Path, server: FeedServer, *paths: str) -> Path:
    path = tmp_path / "feeds.toml"
    path.write_text("".join(f'[[feed]]\nurl = "{server.url(p)}"\n' for p in paths))
    return path


def poll(settings, feeds, clock, **kw) -> int:
    return run_poller(
        settings, feeds_path=feeds, once=True, clock=clock, stop_event=threading.Event(), **kw
    )


def topic_records(settings: Settings, expect: int, timeout: float = 10.0) -> list:
    """Every Article on news.raw; waits until `expect` arrived, then a moment for extras."""
    consumer = make_consumer(
        settings,
        settings.topic("raw"),
        auto_offset_reset="earliest",
        group_id=None,
        consumer_timeout_ms=500,
    )
    out: list = []
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            batch = consumer.poll(timeout_ms=300)
            got = [decode_article(r.value) for rs in batch.values() for r in rs]
            out += got
            if len(out) >= expect and not got:
                break
    finally:
        consumer.close()
    return out


def feed_state(settings: Settings, server: FeedServer, path: str):
    store = StateStore(settings.poller_state_path())
    try:
        return store.get(server.url(path))
    finally:
        store.close()


def test_200_then_304_with_validators(settings, server, tmp_path):
    lm = "Tue, 02 Jan 2024 10:00:00 GMT"
    server.set(
        "/a", Reply(body=rss_with_items(3).encode(), etag='W/"v-1"', headers={"Last-Modified": lm})
    )
    feeds, clock = write_feeds(tmp_path, server, "/a"), Clock()
    assert poll(settings, feeds, clock) == 0
    clock.advance()
    assert poll(settings, feeds, clock) == 0
    second = server.hits("/a")[1]
    assert second["if-none-match"] == 'W/"v-1"' and second["if-modified-since"] == lm
    assert feed_state(settings, server, "/a").last_status == 304
    assert len(topic_records(settings, 3)) == 3


def test_hostile_and_broken_feeds_while_the_good_one_flows(settings, server, tmp_path):
    latin1 = rss_with_items(1, prefix="caf\u00e9").encode("latin-1")  # declares utf-8
    paths = {
        "/good": Reply(body=rss_with_items(2, prefix="good").encode()),
        "/slow": Reply(body=rss_with_items(1).encode(), delay_s=6),
        "/endless": Reply(endless=True),
        "/bomb": Reply(body=gzip_bomb(), headers={"Content-Encoding": "gzip"}),
        "/loop": Reply(301, headers={"Location": "/loop2"}),
        "/loop2": Reply(302, headers={"Location": "/loop"}),
        "/charset": Reply(
            body=latin1, headers={"Content-Type": "application/rss+xml; charset=utf-8"}
        ),
        "/malformed": Reply(body=MALFORMED.encode()),
        "/laughs": Reply(body=BILLION_LAUGHS.encode()),
        "/xxe": Reply(body=XXE.encode()),
        "/busy": Reply(429, headers={"Retry-After": "1800"}),
        "/gone": Reply(410),
    }
    for path, reply in paths.items():
        server.set(path, reply)
    feeds = write_feeds(tmp_path, server, *[p for p in paths if p != "/loop2"])
    clock = Clock()
    started = time.monotonic()
    assert poll(settings, feeds, clock) == 0
    assert time.monotonic() - started < 15
    kinds = {p: feed_state(settings, server, p).last_error_kind for p in paths if p != "/loop2"}
    assert kinds == {
        "/good": None,
        "/slow": "timeout",
        "/endless": "too_large",
        "/bomb": "too_large",
        "/loop": "redirect_loop",
        "/charset": None,
        "/malformed": None,
        "/laughs": None,
        "/xxe": None,
        "/busy": "rate_limited",
        "/gone": None,
    }
    assert feed_state(settings, server, "/gone").disabled
    busy = feed_state(settings, server, "/busy")
    assert busy.next_due == pytest.approx(clock.now + 1800)
    records = topic_records(settings, 7)
    titles = {a.title for a in records}
    assert {"good 0", "good 1", "café 0", "Kept despite errors"} <= titles
    assert all("lollol" not in a.title + a.text and "root:" not in a.text for a in records)
    assert len(records) == len({a.id for a in records})


def test_500_then_recovery(settings, server, tmp_path):
    server.set("/a", Reply(500), Reply(body=rss_with_items(2).encode()))
    feeds, clock = write_feeds(tmp_path, server, "/a"), Clock()
    poll(settings, feeds, clock)
    st = feed_state(settings, server, "/a")
    assert (st.error_count, st.last_error_kind) == (1, "http_5xx") and st.next_due > clock.now
    assert poll(settings, feeds, clock) == 0 and len(server.hits("/a")) == 1  # backing off: not due
    clock.advance()
    poll(settings, feeds, clock)
    assert feed_state(settings, server, "/a").error_count == 0
    assert len(topic_records(settings, 2)) == 2


def test_updated_entry_reemitted_and_restart_emits_nothing_twice(settings, server, tmp_path):
    body = rss_with_items(3)
    server.set(
        "/a",
        Reply(body=body.encode()),
        Reply(body=body.encode()),
        Reply(body=body.replace("Body of item 2.", "Body of item 2, now 40 killed.").encode()),
    )
    feeds, clock = write_feeds(tmp_path, server, "/a"), Clock()
    poll(settings, feeds, clock)  # each run_poller is a fresh process-like start on the same state
    clock.advance()
    poll(settings, feeds, clock)
    clock.advance()
    poll(settings, feeds, clock)
    records = topic_records(settings, 4)
    assert [a.title for a in records].count("item 2") == 2 and len(records) == 4
    assert records[-1].text.endswith("now 40 killed.")


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_broker_down_then_back_every_article_delivered(settings, server, tmp_path):
    server.set("/a", Reply(body=rss_with_items(5, prefix="a").encode(), etag='"a1"'))
    server.set("/b", Reply(body=rss_with_items(4, prefix="b").encode()))
    feeds, clock = write_feeds(tmp_path, server, "/a", "/b"), Clock()
    down = dataclasses.replace(settings, bootstrap=f"127.0.0.1:{_closed_port()}")
    assert poll(down, feeds, clock) == 1  # nothing confirmed: non-zero, state untouched
    for path in ("/a", "/b"):
        st = feed_state(settings, server, path)
        assert st.etag is None and st.last_fetch is None and st.next_due == 0
    store = StateStore(settings.poller_state_path())
    assert store.seen_count() == 0
    store.close()
    assert poll(settings, feeds, clock) == 0  # the broker is back (same state file)
    records = topic_records(settings, 9)
    assert sorted(a.title for a in records) == sorted(
        [f"a {i}" for i in range(5)] + [f"b {i}" for i in range(4)]
    )
    assert feed_state(settings, server, "/a").etag == '"a1"'


def test_sigterm_stops_the_daemon_cleanly(settings, server, tmp_path):
    server.set("/a", Reply(body=rss_with_items(2).encode()))
    server.set("/slow", Reply(body=rss_with_items(1).encode(), delay_s=8))
    feeds = write_feeds(tmp_path, server, "/a", "/slow")
    env = {
        **os.environ,
        "NEWSWIRE_BOOTSTRAP": settings.bootstrap,
        "NEWSWIRE_TOPIC_PREFIX": settings.topic_prefix,
        "NEWSWIRE_STATE_PATH": settings.state_path,
        "NEWSWIRE_ALLOW_PRIVATE_ADDRESSES": "true",
        "NEWSWIRE_LOG_FORMAT": "json",
        "NEWSWIRE_FETCH_TIMEOUT_S": "20",
    }
    proc = subprocess.Popen(
        [sys.executable, "-m", "pipeline.cli", "poll", "--feeds", str(feeds)],
        cwd=REPO,
        env=env,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert len(topic_records(settings, 2, timeout=20)) == 2
        proc.send_signal(signal.SIGTERM)
        started = time.monotonic()
        _, err = proc.communicate(timeout=15)
        assert proc.returncode == 0, err
        assert time.monotonic() - started < 10
        assert '"msg": "poller stopped"' in err
    finally:
        if proc.poll() is None:
            proc.kill()
    assert feed_state(settings, server, "/a").last_status == 200
