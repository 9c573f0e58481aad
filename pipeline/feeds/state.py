"""Poller state in SQLite: per-feed validators and schedule, and recently seen entries.

The seen table is what makes delivery exactly-once-looking across restarts:
an entry is emitted when its id is new, or when its content hash changed (a
revision). Rows are written only after the broker confirmed a fetch's
articles, in the same transaction as the feed's new validators, so a crash
between the two can only cause a re-emission, never a loss.

One connection per process, used from the event loop's thread only. WAL lets
a second process (`newswire feeds ...`, an operator's sqlite3) read meanwhile.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Collection, Iterable
from dataclasses import astuple, dataclass, fields
from pathlib import Path

from ..errors import ConfigError

_SCHEMA = """
CREATE TABLE IF NOT EXISTS feeds (
    key TEXT PRIMARY KEY,          -- the URL as configured: stable across redirects
    url TEXT NOT NULL,             -- where we fetch now (updated on 301/308)
    etag TEXT,
    last_modified TEXT,
    last_fetch REAL,
    last_status INTEGER,
    error_count INTEGER NOT NULL DEFAULT 0,
    last_error_kind TEXT,
    next_due REAL NOT NULL DEFAULT 0,
    disabled INTEGER NOT NULL DEFAULT 0,
    disabled_reason TEXT
);
CREATE TABLE IF NOT EXISTS seen (
    feed_key TEXT NOT NULL,
    article_id TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    first_seen REAL NOT NULL,
    last_seen REAL NOT NULL,
    PRIMARY KEY (feed_key, article_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS seen_last ON seen (feed_key, last_seen);
"""


@dataclass(slots=True)
class FeedState:
    key: str
    url: str
    etag: str | None = None
    last_modified: str | None = None
    last_fetch: float | None = None
    last_status: int | None = None
    error_count: int = 0
    last_error_kind: str | None = None
    next_due: float = 0.0
    disabled: bool = False
    disabled_reason: str | None = None


_COLUMNS = ", ".join(f.name for f in fields(FeedState))
_PLACEHOLDERS = ", ".join("?" for _ in fields(FeedState))


class StateStore:
    def __init__(self, path: str | Path) -> None:
        path = Path(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
            self._db.execute("PRAGMA journal_mode=WAL")
            # NORMAL is durable across process crashes under WAL; only an OS crash
            # can lose the last commits, and then we re-emit (never lose) articles.
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.execute("PRAGMA busy_timeout=5000")
            self._db.executescript(_SCHEMA)
        except sqlite3.Error as exc:
            raise ConfigError(f"cannot open poller state {path}: {exc}") from None
        self.path = path
        # (next_due, disabled) per feed, written through: the daemon asks for every
        # feed's schedule several times a second, and one SELECT per feed per pass cost
        # about a tenth of a core with 2,000 feeds and nothing due.
        self._schedule: dict[str, tuple[float, bool]] = {}

    def close(self) -> None:
        self._db.close()

    # -- feeds ---------------------------------------------------------------

    def get(self, key: str) -> FeedState | None:
        row = self._db.execute(f"SELECT {_COLUMNS} FROM feeds WHERE key = ?", (key,)).fetchone()
        if not row:
            return None
        state = _feed(row)
        self._schedule[key] = (state.next_due, state.disabled)
        return state

    def ensure(self, key: str) -> FeedState:
        """The feed's state, created (due now) on first sight."""
        state = self.get(key)
        if state is None:
            state = FeedState(key=key, url=key)
            self.save(state)
        return state

    def schedule(self, key: str) -> tuple[float, bool]:
        """(next_due, disabled) of a feed, from memory once known."""
        found = self._schedule.get(key)
        if found is None:
            state = self.ensure(key)
            found = (state.next_due, state.disabled)
        return found

    def all(self) -> list[FeedState]:
        return [_feed(r) for r in self._db.execute(f"SELECT {_COLUMNS} FROM feeds ORDER BY key")]

    def disabled(self) -> list[FeedState]:
        rows = self._db.execute(f"SELECT {_COLUMNS} FROM feeds WHERE disabled ORDER BY key")
        return [_feed(r) for r in rows]

    def forget_unlisted(self, listed: Collection[str], *, before: float) -> int:
        """Forget the feeds no longer in the feeds file, with their seen entries, once
        nothing fetched them since `before`; returns how many feeds went.

        Without it a feed taken out of the file kept its row and up to max_per_feed seen
        entries forever. The grace period keeps the state of a feed taken out for a
        while, and of one another poller sharing this file still fetches.
        """
        keep = set(listed)
        rows = self._db.execute("SELECT key, COALESCE(last_fetch, 0) FROM feeds").fetchall()
        stale = [key for key, last_fetch in rows if key not in keep and last_fetch < before]
        with self._transaction():
            for key in stale:
                self._db.execute("DELETE FROM seen WHERE feed_key = ?", (key,))
                self._db.execute("DELETE FROM feeds WHERE key = ?", (key,))
        for key in stale:
            self._schedule.pop(key, None)
        return len(stale)

    def save(self, state: FeedState) -> None:
        self._write(state)
        self._schedule[state.key] = (state.next_due, state.disabled)

    def _write(self, state: FeedState) -> None:
        self._db.execute(
            f"INSERT OR REPLACE INTO feeds ({_COLUMNS}) VALUES ({_PLACEHOLDERS})", astuple(state)
        )

    # -- seen entries ----------------------------------------------------------

    def known_hashes(self, feed_key: str, ids: Iterable[str]) -> dict[str, str]:
        """content_hash by article id for the ids already seen in this feed."""
        out: dict[str, str] = {}
        ids = list(ids)
        for i in range(0, len(ids), 500):  # stay under SQLite's variable limit
            chunk = ids[i : i + 500]
            marks = ",".join("?" * len(chunk))
            rows = self._db.execute(
                "SELECT article_id, content_hash FROM seen "
                f"WHERE feed_key = ? AND article_id IN ({marks})",
                (feed_key, *chunk),
            )
            out.update(rows)
        return out

    def commit_fetch(self, state: FeedState, seen: Iterable[tuple[str, str]], now: float) -> None:
        """Save the feed and mark entries seen, atomically (after delivery was confirmed)."""
        with self._transaction():
            self._write(state)
            self._db.executemany(
                "INSERT INTO seen (feed_key, article_id, content_hash, first_seen, last_seen) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT (feed_key, article_id) DO UPDATE SET "
                "content_hash = excluded.content_hash, last_seen = excluded.last_seen",
                [(state.key, aid, h, now, now) for aid, h in seen],
            )
        self._schedule[state.key] = (state.next_due, state.disabled)  # committed

    def prune(self, *, max_age_s: float, max_per_feed: int) -> int:
        """Forget entries a feed stopped listing max_age_s before its latest listing, and
        all but the newest max_per_feed per feed.

        Age counts from the feed's own latest listing (the newest last_seen of its
        rows), not from the clock: a feed that answers 304 for months, or is down for
        months, refreshes nothing, yet every entry it still lists could come back the
        day it changes, and must still be known then. Entries listed by the latest
        fetch share its last_seen, so they are never pruned.
        """
        with self._transaction():
            n = self._db.execute(
                "DELETE FROM seen WHERE last_seen < "
                "(SELECT MAX(s.last_seen) FROM seen AS s WHERE s.feed_key = seen.feed_key) - ?",
                (max_age_s,),
            ).rowcount
            n += self._prune_count(max_per_feed)
        return n

    def _prune_count(self, max_per_feed: int) -> int:
        over = self._db.execute(
            "SELECT feed_key FROM seen GROUP BY feed_key HAVING COUNT(*) > ?", (max_per_feed,)
        ).fetchall()
        n = 0
        for (key,) in over:
            n += self._db.execute(
                "DELETE FROM seen WHERE feed_key = ? AND article_id IN ("
                "SELECT article_id FROM seen WHERE feed_key = ? "
                "ORDER BY last_seen DESC, first_seen DESC LIMIT -1 OFFSET ?)",
                (key, key, max_per_feed),
            ).rowcount
        return n

    def seen_count(self, feed_key: str | None = None) -> int:
        if feed_key is None:
            return int(self._db.execute("SELECT COUNT(*) FROM seen").fetchone()[0])
        row = self._db.execute(
            "SELECT COUNT(*) FROM seen WHERE feed_key = ?", (feed_key,)
        ).fetchone()
        return int(row[0])

    def _transaction(self) -> _Tx:
        return _Tx(self._db)


class _Tx:
    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def __enter__(self) -> None:
        self.db.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type: object, *_: object) -> None:
        self.db.execute("ROLLBACK" if exc_type else "COMMIT")


def _feed(row: tuple) -> FeedState:
    state = FeedState(*row)
    state.disabled = bool(state.disabled)
    return state
