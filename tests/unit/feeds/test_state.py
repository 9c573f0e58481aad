import sqlite3

import pytest

from pipeline.feeds.state import FeedState, StateStore


def test_feed_roundtrip_and_wal(tmp_path):
    store = StateStore(tmp_path / "sub" / "state.db")
    st = store.ensure("https://a.test/feed")
    assert st.url == "https://a.test/feed" and st.next_due == 0 and not st.disabled
    st.url, st.etag, st.error_count, st.disabled = "https://b.test/feed", '"e"', 3, True
    store.save(st)
    store.close()
    again = StateStore(tmp_path / "sub" / "state.db")
    got = again.get("https://a.test/feed")
    assert (got.url, got.etag, got.error_count, got.disabled) == (
        "https://b.test/feed",
        '"e"',
        3,
        True,
    )
    assert again._db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert [f.key for f in again.all()] == ["https://a.test/feed"]


def test_seen_hashes_commit_and_revision(tmp_path):
    store = StateStore(tmp_path / "s.db")
    st = FeedState("k", "k", etag="v1")
    store.commit_fetch(st, [("a", "h1"), ("b", "h2")], now=100)
    assert store.known_hashes("k", ["a", "b", "c"]) == {"a": "h1", "b": "h2"}
    assert store.known_hashes("other", ["a"]) == {}
    store.commit_fetch(st, [("a", "h9")], now=200)
    assert store.known_hashes("k", ["a"]) == {"a": "h9"}
    assert store.get("k").etag == "v1"


def test_known_hashes_many_ids(tmp_path):
    store = StateStore(tmp_path / "s.db")
    ids = [f"id{i}" for i in range(1234)]
    store.commit_fetch(FeedState("k", "k"), [(i, "h") for i in ids], now=1)
    assert len(store.known_hashes("k", ids)) == 1234


def test_prune_by_age_and_count_keeps_recently_listed(tmp_path):
    store = StateStore(tmp_path / "s.db")
    st = FeedState("k", "k")
    store.commit_fetch(st, [(f"old{i}", "h") for i in range(5)], now=0)
    store.commit_fetch(st, [(f"new{i}", "h") for i in range(10)], now=1000)
    store.commit_fetch(st, [("old0", "h")], now=1000)  # still listed: refreshed, survives
    assert store.prune(max_age_s=600, max_per_feed=100) == 4
    assert store.seen_count("k") == 11
    store.prune(max_age_s=600, max_per_feed=3)
    assert store.seen_count("k") == 3


def test_a_feed_quiet_for_months_keeps_what_it_still_lists(tmp_path):
    # A feed that answers 304 (or is down) for 40 days refreshes no row; the entries it
    # listed last must still be known when it changes, or they come out again as new.
    store = StateStore(tmp_path / "s.db")
    st = FeedState("quiet", "quiet")
    day = 86_400
    store.commit_fetch(st, [("a", "h"), ("b", "h")], now=0)
    store.commit_fetch(st, [("b", "h"), ("c", "h")], now=40 * day)  # "a" left the feed
    store.commit_fetch(FeedState("other", "other"), [("x", "h")], now=0)
    assert store.prune(max_age_s=30 * day, max_per_feed=100) == 1
    assert sorted(store.known_hashes("quiet", ["a", "b", "c"])) == ["b", "c"]
    assert store.seen_count("other") == 1  # listed by its latest fetch, however old


def test_failed_transaction_rolls_back(tmp_path):
    store = StateStore(tmp_path / "s.db")
    st = FeedState("k", "k", etag="before")
    store.save(st)
    bad = FeedState("k", "k", etag="after")
    with pytest.raises(sqlite3.IntegrityError):
        store.commit_fetch(bad, [("a", None)], now=1)  # NOT NULL violation mid-transaction
    assert store.get("k").etag == "before" and store.seen_count() == 0


def test_the_schedule_is_read_from_memory_once_known(tmp_path):
    store = StateStore(tmp_path / "s.db")
    keys = [f"https://feeds.test/{i}" for i in range(50)]
    for key in keys:
        store.schedule(key)  # first sight: created on disk, due now
    statements: list[str] = []
    store._db.set_trace_callback(statements.append)
    assert all(store.schedule(key) == (0.0, False) for key in keys)
    assert statements == []  # the daemon asks several times a second, for every feed
    st = store.get(keys[0])
    st.next_due = 99.0
    store.commit_fetch(st, [("a", "h")], now=1)
    assert store.schedule(keys[0]) == (99.0, False)


def test_a_rolled_back_commit_leaves_the_schedule_as_it_was(tmp_path):
    store = StateStore(tmp_path / "s.db")
    st = store.ensure("k")
    st.next_due = 500.0

    class Boom(Exception):
        pass

    def broken_seen():
        yield ("a", "h")
        raise Boom

    with pytest.raises(Boom):
        store.commit_fetch(st, broken_seen(), now=1)
    assert store.schedule("k") == (0.0, False)
    assert store.get("k").next_due == 0.0
