"""Feeds over months: removed from the feeds file, gone (410), polled by cron (--once).

Each `world.poll()` is a new poller process on the same state file.
"""

import logging

import httpx
import pytest

from pipeline.feeds.state import StateStore

from .samples import rss_with_items
from .test_poller import World, feed

DAY = 86_400


@pytest.fixture
def world(tmp_path):
    return World(tmp_path)


def _seen(world, path=None):
    store = StateStore(world.settings.poller_state_path())
    try:
        return store.seen_count(None if path is None else f"http://feeds.test{path}")
    finally:
        store.close()


def test_a_feed_removed_from_the_feeds_file_is_forgotten_a_month_later(world):
    world.feeds("/a", "/b")
    world.pages["/a"] = feed(rss_with_items(2))
    world.pages["/b"] = feed(rss_with_items(3))
    world.poll()
    assert _seen(world, "/b") == 3
    world.feeds("/a")
    world.now += DAY
    world.poll()
    assert world.state("/b") is not None  # removed for a day: kept, it may come back
    world.now += 31 * DAY
    world.poll()
    assert world.state("/b") is None and _seen(world, "/b") == 0
    assert world.state("/a") is not None and _seen(world, "/a") == 2


def test_polling_with_once_prunes_entries_a_feed_stopped_listing(world):
    world.feeds("/a")
    world.pages["/a"] = feed(rss_with_items(3))
    world.poll()
    world.pages["/a"] = feed(rss_with_items(3, prefix="newer"))
    world.now += 31 * DAY
    world.poll()
    assert _seen(world, "/a") == 3  # only what the feed lists now


def test_a_gone_feed_is_checked_again_weekly_and_resumes_when_it_answers(world):
    world.feeds("/gone")
    world.pages["/gone"] = lambda r: httpx.Response(410)
    world.poll()
    assert world.state("/gone").disabled
    world.now += DAY
    world.requests.clear()
    world.poll()
    assert world.requests == []  # not polled while gone
    world.pages["/gone"] = feed(rss_with_items(2))  # the publisher brought it back
    world.now += 7 * DAY
    world.poll()
    st = world.state("/gone")
    assert not st.disabled and st.disabled_reason is None
    assert len(world.sent()) == 2


def test_a_feed_still_gone_stays_disabled(world):
    world.feeds("/gone")
    world.pages["/gone"] = lambda r: httpx.Response(410)
    world.poll()
    world.now += 8 * DAY
    world.requests.clear()
    world.poll()
    assert len(world.requests) == 1 and world.state("/gone").disabled


def test_disabled_feeds_are_named_at_every_start(world, caplog):
    world.feeds("/gone", "/ok")
    world.pages["/gone"] = lambda r: httpx.Response(410)
    world.pages["/ok"] = feed(rss_with_items(1))
    world.poll()
    caplog.clear()
    caplog.set_level(logging.INFO, logger="newswire")
    world.now += DAY
    world.poll()
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert any("http://feeds.test/gone" in m and "410" in m for m in warnings), warnings
