"""Shared pieces of the reliability tests: feeds that grow, a checker that counts, and the
outcome table the tests fill in (written to build/reliability.md by tests/conftest.py).

* `GrowingFeeds`: feeds on the local FeedServer that publish entries at a steady rate until
  `freeze()`; it knows the ids of everything its replies listed ("served").
* `Checker`: reads news.enriched and news.duplicates from the beginning and counts:
  served, distinct delivered, lost, duplicate deliveries, and the last-record-per-key view.
* `OutcomeTable` / `TABLE`: one row per fault or hostile input, with its measured numbers.
"""

from __future__ import annotations

import random
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.codec import decode
from pipeline.feeds.urls import article_id, canonical_url
from pipeline.kafka import make_consumer
from pipeline.settings import Settings

from .feedserver import FeedServer, Reply

# -- the outcome table ---------------------------------------------------------------

COLUMNS = (
    "fault / input",
    "injected",
    "served",
    "distinct delivered",
    "lost",
    "duplicate deliveries",
    "outcome",
)
KIND_ORDER = {"fault": 0, "input": 1, "security": 2}


@dataclass(frozen=True)
class Outcome:
    kind: str  # fault, input, security
    name: str
    injected: str
    served: object = "-"
    delivered: object = "-"
    lost: object = "-"
    duplicates: object = "-"
    outcome: str = ""

    def cells(self) -> tuple[str, ...]:
        return tuple(
            str(v).replace("|", "\\|").replace("\n", " ")
            for v in (
                self.name,
                self.injected,
                self.served,
                self.delivered,
                self.lost,
                self.duplicates,
                self.outcome,
            )
        )


@dataclass
class OutcomeTable:
    rows: dict[str, Outcome] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, kind: str, name: str, injected: str, outcome: str, **numbers: object) -> None:
        """Record (or replace) the row of one fault or input; printed for the test's output too."""
        row = Outcome(kind, name, injected, outcome=outcome, **numbers)  # type: ignore[arg-type]
        with self._lock:
            self.rows[name] = row
        print("reliability: " + " | ".join(row.cells()))

    def markdown(self) -> str:
        ordered = sorted(
            enumerate(self.rows.values()), key=lambda iv: (KIND_ORDER.get(iv[1].kind, 9), iv[0])
        )
        lines = [
            "| " + " | ".join(COLUMNS) + " |",
            "|" + "|".join(" --- " for _ in COLUMNS) + "|",
        ]
        lines += ["| " + " | ".join(row.cells()) + " |" for _, row in ordered]
        return "\n".join(lines) + "\n"

    def write(self, path: Path, command: str) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        when = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
        path.write_text(
            f"# Reliability outcomes\n\nProduced by `{command}` on {when}.\n\n{self.markdown()}",
            encoding="utf-8",
        )


TABLE = OutcomeTable()

# -- feeds that grow -----------------------------------------------------------------

_LETTERS = "bcdfghklmnprstvz"
_VOWELS = "aeiou"


def _word(rng: random.Random) -> str:
    return "".join(rng.choice(_LETTERS) + rng.choice(_VOWELS) for _ in range(rng.randint(2, 4)))


def entry(feed: int, i: int) -> tuple[str, str, str]:
    """(link, title, text) of entry i of feed `feed`: stable, and far from every other entry
    in SimHash bits (random pseudo-words), with one figure sentence for the enricher."""
    rng = random.Random(feed * 1_000_003 + i)
    body = " ".join(_word(rng) for _ in range(50))
    text = f"At least {rng.randint(2, 900)} people fled the district, officials said. {body}."
    title = f"Wire {feed}-{i}: {_word(rng)} {_word(rng)}"
    return f"https://wire{feed}.example/story/{i}", title, text


def rss(feed: int, first: int, count: int) -> bytes:
    items = "".join(
        f"<item><title>{title}</title><link>{link}</link><guid>{link}</guid>"
        f"<description>&lt;p&gt;{text}&lt;/p&gt;</description></item>"
        for link, title, text in (entry(feed, i) for i in range(count - 1, first - 1, -1))
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>Wire {feed}</title><link>https://wire{feed}.example/</link>{items}"
        "</channel></rss>"
    ).encode()


class GrowingFeeds:
    """`feeds` feeds at /wire<k>.xml, each publishing `rate` entries a second and listing its
    newest `window` entries, like a news site's RSS. "Served" is every entry that some reply
    listed; `freeze()` stops publishing (the feeds keep answering with what they have)."""

    def __init__(
        self,
        server: FeedServer,
        *,
        feeds: int = 4,
        rate: float = 1.5,
        window: int = 100,
        delay_s: float = 0.0,
    ) -> None:
        self.server, self.rate, self.window, self.delay_s = server, rate, window, delay_s
        self.started = time.monotonic()
        self.frozen_at: float | None = None
        self.listed: dict[int, set[int]] = {k: set() for k in range(feeds)}
        self._lock = threading.Lock()
        for k in self.listed:
            server.set_maker(self.path(k), self._maker(k))

    @staticmethod
    def path(k: int) -> str:
        return f"/wire{k}.xml"

    def urls(self) -> list[str]:
        return [self.server.url(self.path(k)) for k in self.listed]

    def write_feeds_file(self, path: Path, interval: str = "1s") -> Path:
        path.write_text(
            "".join(f'[[feed]]\nurl = "{u}"\ninterval = "{interval}"\n' for u in self.urls())
        )
        return path

    def published(self) -> int:
        """Entries each feed has published so far (one at once, then `rate` a second)."""
        end = self.frozen_at or time.monotonic()
        return 1 + int((end - self.started) * self.rate)

    def _maker(self, k: int):
        def make(_n: int) -> Reply:
            with self._lock:
                count = self.published()
                first = max(0, count - self.window)
                self.listed[k].update(range(first, count))
            return Reply(
                body=rss(k, first, count),
                headers={"Content-Type": "application/rss+xml; charset=utf-8"},
                delay_s=self.delay_s,
            )

        return make

    def freeze(self) -> None:
        with self._lock:
            self.frozen_at = time.monotonic()

    def served_ids(self) -> set[str]:
        """The ids of every entry any reply listed (the poller's own id rule)."""
        with self._lock:
            listed = {k: sorted(v) for k, v in self.listed.items()}
        return {
            article_id(canonical_url(link), link, title, text)
            for k, indices in listed.items()
            for link, title, text in (entry(k, i) for i in indices)
        }

    def wait_listed(self, timeout: float = 20.0) -> bool:
        """After freeze(): wait until every published entry was listed by some reply."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self._lock:
                n = self.published()
                if all(max(v, default=-1) == n - 1 for v in self.listed.values()):
                    return True
            time.sleep(0.2)
        return False


# -- the checker ---------------------------------------------------------------------


@dataclass
class Count:
    served: int
    delivered: int  # distinct article ids on news.enriched
    lost: int
    enriched_records: int
    same_id_records: int  # redeliveries the dedupe stage recognised (news.duplicates)
    other_duplicates: int  # served articles called a duplicate of ANOTHER article
    last_per_key_ok: bool  # the compacted view holds each served article once, revision 0
    seconds: float

    @property
    def duplicate_deliveries(self) -> int:
        return self.enriched_records - self.delivered + self.same_id_records

    def numbers(self) -> dict[str, object]:
        return {
            "served": self.served,
            "delivered": self.delivered,
            "lost": self.lost,
            "duplicates": f"{self.duplicate_deliveries} ({self.enriched_records - self.delivered}"
            f" enriched again, {self.same_id_records} same_id)",
        }

    def line(self) -> str:
        return (
            f"served {self.served}, distinct delivered {self.delivered}, lost {self.lost}, "
            f"duplicate deliveries {self.duplicate_deliveries} "
            f"(enriched records {self.enriched_records}, same_id duplicates "
            f"{self.same_id_records}), last record per key exactly once: {self.last_per_key_ok}, "
            f"drained in {self.seconds:.1f}s"
        )


class Checker:
    """Reads news.enriched and news.duplicates from the beginning, as a downstream consumer."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.enriched: list[tuple[str, dict]] = []
        self.duplicates: list[tuple[str, dict]] = []
        self._topics = {
            settings.topic("enriched"): self.enriched,
            settings.topic("duplicates"): self.duplicates,
        }
        self.consumer = make_consumer(
            settings, *self._topics, group_id=None, auto_offset_reset="earliest"
        )

    def poll(self, timeout_ms: int = 300) -> None:
        for tp, batch in self.consumer.poll(timeout_ms=timeout_ms).items():
            sink = self._topics[tp.topic]
            sink.extend((m.key.decode(), decode(m.value)) for m in batch)

    def wait_for(self, want: set[str], timeout: float, settle: float = 2.0) -> float:
        """Read until every id of `want` is on news.enriched (then `settle` more seconds for
        late redeliveries) or the timeout passes; returns the seconds it took."""
        started = time.monotonic()
        deadline = started + timeout
        done_at: float | None = None
        while time.monotonic() < deadline:
            self.poll()
            if done_at is None and want <= {k for k, _ in self.enriched}:
                done_at = time.monotonic()
            if done_at is not None and time.monotonic() - done_at >= settle:
                break
        return (done_at or time.monotonic()) - started

    def count(self, served: set[str], seconds: float) -> Count:
        keys = Counter(k for k, _ in self.enriched)
        last = {k: v for k, v in self.enriched}  # what a compacted topic keeps
        same_id = [k for k, v in self.duplicates if v.get("duplicate_of") == k]
        others = {k for k, v in self.duplicates if v.get("duplicate_of") != k} & served
        view_ok = set(last) == served and all(
            v["id"] == k and v["dedupe"]["revision"] == 0 for k, v in last.items()
        )
        return Count(
            served=len(served),
            delivered=len(set(keys) & served),
            lost=len(served - set(keys)),
            enriched_records=sum(keys.values()),
            same_id_records=len(same_id),
            other_duplicates=len(others),
            last_per_key_ok=view_ok,
            seconds=seconds,
        )

    def close(self) -> None:
        self.consumer.close()


def trace(settings: Settings, ids: set[str], timeout: float = 8.0) -> str:
    """Where the given article ids are on every topic of the pipeline (for a failure message),
    and the worker group's committed offsets against the end of each partition."""
    from kafka import TopicPartition

    from pipeline.kafka import make_admin

    names = [settings.topic(t) for t in ("raw", "unique", "enriched", "duplicates", "deadletter")]
    names.append(f"{settings.app_id}-dedupe-in")
    consumer = make_consumer(settings, *names, group_id=None, auto_offset_reset="earliest")
    seen: dict[str, list[str]] = {i: [] for i in ids}
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            for tp, batch in consumer.poll(timeout_ms=300).items():
                for m in batch:
                    key = m.key.decode(errors="replace") if m.key else ""
                    if key in seen:
                        seen[key].append(f"{tp.topic}[{tp.partition}]@{m.offset}")
        ends = consumer.end_offsets(list(consumer.assignment()))
    finally:
        consumer.close()
    admin = make_admin(settings)
    try:
        committed = admin.list_group_offsets(settings.app_id).get(settings.app_id, {})
    finally:
        admin.close()
    lag = {
        f"{tp.topic}[{tp.partition}]": f"{meta.offset}/{ends.get(TopicPartition(*tp))}"
        for tp, meta in committed.items()
    }
    return f"where: {seen}\ncommitted/end: {lag}"
