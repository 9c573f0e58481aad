"""The poll cycle offline: MockTransport for HTTP, a fake producer for Kafka."""

import dataclasses
import logging
import random
import socket
import threading
from pathlib import Path

import httpx
import pytest

from pipeline.feeds.daemon import run_poller
from pipeline.feeds.state import StateStore
from pipeline.settings import Settings

from .fakes import FakeProducer
from .samples import rss_with_items


class World:
    """Feeds served by a MockTransport, a fake clock, and the producer(s) handed out."""

    def __init__(self, tmp_path):
        self.now = 1_700_000_000.0
        self.pages = {}  # path -> callable(request) -> Response
        self.requests = []
        self.producers = []
        self.fail_broker = False
        self.settings = Settings(
            allow_private_addresses=True,
            state_path=str(tmp_path / "state.db"),
            min_interval_s=60,
            max_interval_s=3600,
            fetch_timeout_s=2.0,
        )
        self.feeds_path = tmp_path / "feeds.toml"

    def feeds(self, *paths):
        self.feeds_path.write_text(
            "".join(f'[[feed]]\nurl = "http://feeds.test{p}"\n' for p in paths)
        )

    def handler(self, request):
        self.requests.append(request)
        page = self.pages.get(request.url.path)
        return page(request) if page else httpx.Response(404)

    def factory(self, settings):
        if self.fail_broker:
            raise RuntimeError("no broker")
        producer = FakeProducer()
        self.producers.append(producer)
        return producer

    def poll(self, **kw):
        return run_poller(
            self.settings,
            feeds_path=self.feeds_path,
            once=True,
            producer_factory=self.factory,
            clock=lambda: self.now,
            stop_event=threading.Event(),
            transport=httpx.MockTransport(self.handler),
            rnd=random.Random(0),
            **kw,
        )

    def sent(self):
        return [a for p in self.producers for (_, _, a) in p.sent]

    def state(self, path):
        store = StateStore(self.settings.poller_state_path())
        try:
            return store.get(f"http://feeds.test{path}")
        finally:
            store.close()


@pytest.fixture
def world(tmp_path):
    return World(tmp_path)


def feed(body, headers=None):
    return lambda request: httpx.Response(200, content=body.encode(), headers=headers or {})


def test_new_then_nothing_twice_then_revision(world):
    world.feeds("/a")
    world.pages["/a"] = feed(rss_with_items(3))
    assert world.poll() == 0
    assert len(world.sent()) == 3 and world.producers[0].sent[0][0] == "news.raw"
    world.now += 10_000
    assert world.poll() == 0  # a restart: same state file, new process
    assert len(world.sent()) == 3
    world.pages["/a"] = feed(
        rss_with_items(3).replace("Body of item 1.", "Body of item 1, updated.")
    )
    world.now += 10_000
    world.poll()
    assert [a.title for a in world.sent()[3:]] == ["item 1"]


def test_broker_down_keeps_state_then_delivers_everything(world):
    world.feeds("/a")
    world.pages["/a"] = feed(rss_with_items(4), {"ETag": '"v1"'})
    world.fail_broker = True
    assert world.poll() == 1
    st = world.state("/a")
    assert st.etag is None and st.last_fetch is None  # nothing advanced
    world.fail_broker = False
    assert world.poll() == 0
    assert len(world.sent()) == 4 and world.state("/a").etag == '"v1"'


def test_410_disables_and_301_moves(world):
    world.feeds("/gone", "/old")
    world.pages["/gone"] = lambda r: httpx.Response(410)
    world.pages["/old"] = lambda r: httpx.Response(301, headers={"Location": "/new"})
    world.pages["/new"] = feed(rss_with_items(1))
    world.poll()
    assert world.state("/gone").disabled
    assert world.state("/old").url == "http://feeds.test/new"
    world.now += 10_000
    world.requests.clear()
    world.poll()
    assert [r.url.path for r in world.requests] == ["/new"]


def test_errors_logged_once_per_feed_and_backed_off(world, caplog):
    world.feeds("/down", "/ok")
    world.pages["/down"] = lambda r: httpx.Response(500)
    world.pages["/ok"] = feed(rss_with_items(2))
    caplog.set_level(logging.DEBUG, logger="newswire")
    for _ in range(4):
        world.poll()
        world.now += 10_000
    warnings = [
        r for r in caplog.records if r.levelno == logging.WARNING and "/down" in r.getMessage()
    ]
    assert len(warnings) == 1
    st = world.state("/down")
    assert st.error_count == 4 and st.last_error_kind == "http_5xx"
    assert len(world.sent()) == 2  # the healthy feed kept going


def test_not_modified_and_max_age(world):
    world.feeds("/a")
    world.pages["/a"] = lambda r: (
        httpx.Response(304)
        if r.headers.get("if-none-match") == '"x"'
        else httpx.Response(
            200,
            content=rss_with_items(1).encode(),
            headers={"ETag": '"x"', "Cache-Control": "max-age=1800"},
        )
    )
    world.poll()
    assert world.state("/a").next_due == world.now + 1800
    world.now += 1800
    world.poll()
    st = world.state("/a")
    assert st.last_status == 304 and len(world.sent()) == 1


def test_shard_and_429(world):
    world.feeds(*[f"/f{i}" for i in range(6)])
    for i in range(6):
        world.pages[f"/f{i}"] = lambda r: httpx.Response(429, headers={"Retry-After": "1234"})
    world.poll(shard=(0, 2))
    polled = {r.url.path for r in world.requests}
    assert 0 < len(polled) < 6
    st = world.state(sorted(polled)[0])
    assert st.next_due == pytest.approx(world.now + 1234)


def test_bad_content_is_an_error_not_a_crash(world):
    world.feeds("/html")
    world.pages["/html"] = feed("<html><body>not a feed</body></html>")
    world.poll()
    assert world.state("/html").last_error_kind == "bad_content"


def test_stop_event_ends_the_daemon(world):
    world.feeds("/a")
    world.pages["/a"] = feed(rss_with_items(1))
    stop = threading.Event()
    timer = threading.Timer(0.5, stop.set)
    timer.start()
    status = run_poller(
        dataclasses.replace(world.settings),
        feeds_path=world.feeds_path,
        once=False,
        producer_factory=world.factory,
        stop_event=stop,
        transport=httpx.MockTransport(world.handler),
    )
    assert status == 0 and len(world.sent()) == 1 and world.producers[0].closed


def test_metrics_count_fetches_304s_errors_and_articles(world):
    from prometheus_client import generate_latest

    from pipeline.feeds.metrics import PollerMetrics

    world.feeds("/a", "/down")
    world.pages["/a"] = lambda r: (
        httpx.Response(304)
        if r.headers.get("if-none-match") == '"x"'
        else httpx.Response(200, content=rss_with_items(2).encode(), headers={"ETag": '"x"'})
    )
    world.pages["/down"] = lambda r: httpx.Response(503)
    metrics = PollerMetrics()
    world.poll(metrics=metrics)
    world.now += 10_000
    world.poll(metrics=metrics)
    text = generate_latest(metrics.registry).decode()
    assert "newswire_feed_fetches_total 4.0" in text
    assert "newswire_feed_not_modified_total 1.0" in text
    assert 'newswire_feed_errors_total{kind="http_5xx"} 2.0' in text
    assert "newswire_articles_produced_total 2.0" in text
    assert "newswire_feed_fetch_seconds_count 4.0" in text


def _listening_addresses(port: int) -> set[str]:
    """Local IPv4 addresses (hex, as /proc/net/tcp writes them) listening on the port."""
    found = set()
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        local, state = line.split()[1], line.split()[3]
        address, _, hex_port = local.partition(":")
        if state == "0A" and int(hex_port, 16) == port:  # 0A: LISTEN
            found.add(address)
    return found


@pytest.mark.skipif(not Path("/proc/net/tcp").exists(), reason="reads Linux's socket table")
@pytest.mark.parametrize(("host", "expected"), [("127.0.0.1", "0100007F"), ("0.0.0.0", "00000000")])
def test_metrics_listen_only_where_they_are_told(host, expected):
    from pipeline.feeds.metrics import PollerMetrics

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    stop = PollerMetrics().serve(port, host)
    try:
        assert _listening_addresses(port) == {expected}
    finally:
        stop()


def test_metrics_count_active_and_disabled_feeds(world):
    from prometheus_client import generate_latest

    from pipeline.feeds.metrics import PollerMetrics

    world.feeds("/gone", "/a", "/b")
    world.pages["/gone"] = lambda r: httpx.Response(410)
    world.pages["/a"] = world.pages["/b"] = feed(rss_with_items(1))
    metrics = PollerMetrics()
    world.poll(metrics=metrics)
    world.now += 10_000
    world.poll(metrics=metrics)
    text = generate_latest(metrics.registry).decode()
    assert 'newswire_feeds{status="active"} 2.0' in text
    assert 'newswire_feeds{status="disabled"} 1.0' in text


def test_a_redirect_httpx_cannot_follow_is_a_backed_off_error(world):
    # httpx raises idna's UnicodeError (no httpx error) building the next request;
    # it escaped the poll task and left the feed due at once: a hot loop of requests.
    world.feeds("/a")
    world.pages["/a"] = lambda r: httpx.Response(302, headers={"Location": "http://xn--a.com/"})
    assert world.poll() == 0
    st = world.state("/a")
    assert (st.error_count, st.last_error_kind) == (1, "bad_url")
    assert st.next_due > world.now


def test_an_unexpected_failure_backs_the_feed_off_and_the_daemon_carries_on(world, monkeypatch):
    import pipeline.feeds.poller as poller

    def broken(*args, **kwargs):
        raise RuntimeError("a bug in the parser")

    world.feeds("/a", "/b")
    world.pages["/a"] = feed(rss_with_items(2))
    world.pages["/b"] = feed(rss_with_items(2))
    monkeypatch.setattr(poller, "parse_feed", broken)
    assert world.poll() == 0
    st = world.state("/a")
    assert (st.error_count, st.last_error_kind) == (1, "internal")
    assert st.next_due > world.now
    monkeypatch.undo()
    world.now = st.next_due + 1
    world.poll()
    assert len(world.sent()) == 4 and world.state("/a").error_count == 0


def test_a_clock_set_back_after_running_ahead_does_not_stop_polling(world):
    world.feeds("/a")
    world.pages["/a"] = feed(rss_with_items(1))
    true_now = world.now
    world.now = true_now + 6 * 365 * 86_400  # a bad clock, six years ahead
    world.poll()
    world.now = true_now + 3600  # corrected: the schedule now lies years ahead
    world.requests.clear()
    world.poll()
    assert len(world.requests) == 1


def test_a_broker_outage_retries_the_delivery_without_downloading_the_feed_again(world):
    world.feeds("/a")
    world.pages["/a"] = feed(rss_with_items(3), {"ETag": '"v1"'})
    calls = []

    def flaky(settings):
        calls.append(settings)
        if len(calls) == 1:
            raise RuntimeError("no broker")
        return world.factory(settings)

    stop = threading.Event()

    def stop_once_delivered():
        while not world.sent() and len(calls) < 10:
            threading.Event().wait(0.05)
        stop.set()

    timer = threading.Thread(target=stop_once_delivered)
    timer.start()
    status = run_poller(
        dataclasses.replace(world.settings),
        feeds_path=world.feeds_path,
        once=False,
        producer_factory=flaky,
        stop_event=stop,
        transport=httpx.MockTransport(world.handler),
        rnd=random.Random(0),
    )
    timer.join()
    assert status == 0 and len(world.sent()) == 3
    assert len(calls) == 2 and len(world.requests) == 1  # one download, two deliveries
    assert world.state("/a").etag == '"v1"'


def test_a_feed_interval_below_the_minimum_is_named_in_a_warning(tmp_path, caplog):
    world = World(tmp_path)
    world.feeds_path.write_text(
        '[[feed]]\nurl = "http://feeds.test/a"\ninterval = "20s"\n'
        '[[feed]]\nurl = "http://feeds.test/b"\ninterval = "2h"\n'
    )
    world.pages["/a"] = feed(rss_with_items(1))
    world.pages["/b"] = feed(rss_with_items(1))
    with caplog.at_level("WARNING", logger="pipeline.feeds.daemon"):
        world.poll()
    warnings = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
    assert any("1 feed(s) ask for an interval below min_interval_s (60s)" in w for w in warnings)
    assert any("http://feeds.test/a" in w for w in warnings)


def test_a_malformed_feed_that_was_salvaged_is_named_in_a_warning(tmp_path, caplog):
    world = World(tmp_path)
    world.feeds("/broken")
    world.pages["/broken"] = feed(
        "<?xml version='1.0'?><rss version='2.0'><channel><title>T</title>"
        "<item><title>Fish &amp; chips</title><guid>g1</guid><description>Fine."
        "</description></item><item><title>Unclosed & bare</title><guid>g2</guid>"
        "<description>Lost?</item></channel></rss>"
    )
    with caplog.at_level("WARNING", logger="newswire.poller"):
        world.poll()
    warnings = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
    assert any("needed repair" in w and "http://feeds.test/broken" in w for w in warnings), warnings


def test_a_once_pass_ends_with_a_summary_of_what_it_fetched(tmp_path, caplog):
    world = World(tmp_path)
    world.feeds("/a", "/gone")
    world.pages["/a"] = feed(rss_with_items(3))
    with caplog.at_level("INFO", logger="newswire.poller"):
        world.poll()
    summary = [r.getMessage() for r in caplog.records if "pass done" in r.getMessage()]
    assert summary == [
        "pass done: 2 of 2 feed(s) due; 1 fetched (3 new or revised article(s)), "
        "0 not modified, 1 failed; next due in " + summary[0].rsplit("next due in ", 1)[1]
    ]
    caplog.clear()
    world.now += 10  # nothing due yet: the summary says when the next feed is
    with caplog.at_level("INFO", logger="newswire.poller"):
        world.poll()
    summary = [r.getMessage() for r in caplog.records if "pass done" in r.getMessage()]
    assert summary[0].startswith("pass done: 0 of 2 feed(s) due; 0 fetched")
    assert "next due in" in summary[0]
