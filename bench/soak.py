"""Soak benchmark: memory and on-disk state of `newswire poll` and `newswire worker` over time.

    .venv/bin/python bench/soak.py                      # 10 minutes, its own broker in a temp dir
    .venv/bin/python bench/soak.py --minutes 60 --every 30 --rate 12

Users run the poller and the worker unattended for months; this measures whether
their memory and their state on disk level off or keep growing. It starts its own
Kafka broker (the code of `newswire broker start`, in a temp dir, on a free pair
of ports), a local HTTP server of --feeds RSS feeds that keep publishing (all
feeds together about --rate new entries a second; each lists its newest
--entries, so old ids fall off as on a news site; 1-3 KB of text recombined from
the seed stories, with ETag/304), a real `newswire worker` (RocksDB tables by
default) and a real `newswire poll` daemon fetching every feed each --interval
seconds. Every --every seconds it samples the RSS of both processes (VmRSS,
children included), the poller's SQLite state (db, -wal, -shm), the worker's
table dir, and the records on news.raw / news.enriched / news.duplicates
(end offsets), and prints one line. The last line printed is a JSON object of
figures: start/end values, and least-squares growth rates per hour over the
samples after a warm-up (the first 20% are skipped). State that grows with the
articles is expected up to its designed bound (seen ids: 30 days or 5,000 per
feed; dedupe tables: --dedupe-window-days); the per-article figures say how fast.
Nothing is asserted. Ctrl-C or SIGTERM stops everything it started.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import ctypes
import dataclasses
import email.utils
import html
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from types import FrameType
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from kafka import TopicPartition  # noqa: E402
from kafka.errors import KafkaError  # noqa: E402

from pipeline.broker.checks import free_port_pair  # noqa: E402
from pipeline.kafka import make_admin, make_consumer  # noqa: E402
from pipeline.settings import ENV_PREFIX, Settings, load_settings  # noqa: E402

READY = "[^Worker]: Ready"
WARMUP_FRACTION = 0.2
MB = 1024 * 1024


def say(text: str) -> None:
    print(text, flush=True)


# -- the feed server (a child process: its CPU and memory are not the poller's) -------------
_SYLLABLES = ("ba", "do", "ke", "lu", "mi", "na", "po", "ra", "si", "to", "ve", "zu")
FILLER = (
    "officials residents council river district convoy market bridge harvest clinic school "
    "border envoy talks election court police fuel storm camp water power report morning"
).split()


def _name(rng: random.Random) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize()


class Site:
    """`feeds` RSS feeds that publish `rate` entries a second between them from `t0` on.

    Feed k has published `entries + floor((now - t0) * rate / feeds + phase_k)` entries
    (phases spread the feeds' publications over time) and lists the newest `entries`.
    Entry i of feed k is the same text whenever it is listed.
    """

    def __init__(self, feeds: int, entries: int, rate: float, t0: float) -> None:
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from workload import corpus  # bench/workload.py: the seed stories' sentences

        self.sentences, self.titles = corpus()
        self.feeds, self.entries, self.t0 = feeds, entries, t0
        self.per_feed = rate / feeds
        self.phase = [random.Random(k).random() for k in range(feeds)]
        self.latest: dict[int, tuple[int, bytes]] = {}  # one body per feed: bounded

    def published(self, k: int, now: float) -> int:
        return self.entries + int(max(0.0, now - self.t0) * self.per_feed + self.phase[k])

    def entry(self, k: int, i: int) -> str:
        rng = random.Random(k * 1_000_003 + i)
        target = rng.randint(1000, 3000)
        own = (
            f"{_name(rng)} {_name(rng)}, a {rng.choice(FILLER)} official in {_name(rng)}, said "
            + " ".join(rng.choice(FILLER) for _ in range(10))
            + f" in report {k}-{i}."
        )
        body, size = [own], len(own)
        while size < target:
            sentence = rng.choice(self.sentences)
            body.insert(rng.randrange(len(body) + 1), sentence)
            size += len(sentence) + 1
        paragraphs = "".join(
            "<p>" + html.escape(" ".join(body[j : j + 3])) + "</p>" for j in range(0, len(body), 3)
        )
        link = f"https://soak{k % 50}.example/f{k}/story/{i}"
        published = self.t0 + (i - self.entries - self.phase[k]) / self.per_feed
        return (
            f"<item><title>{html.escape(rng.choice(self.titles))} ({k}-{i})</title>"
            f"<link>{link}?utm_source=rss</link><guid>{link}</guid>"
            f"<description><![CDATA[{paragraphs}]]></description>"
            f"<pubDate>{email.utils.formatdate(published, usegmt=True)}</pubDate></item>"
        )

    def body(self, k: int, count: int) -> bytes:
        cached = self.latest.get(k)
        if cached is not None and cached[0] == count:
            return cached[1]
        items = "".join(self.entry(k, i) for i in range(count - 1, count - self.entries - 1, -1))
        body = (
            '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            f"<title>Soak feed {k}</title><link>https://soak{k % 50}.example/</link>"
            f"{items}</channel></rss>"
        ).encode()
        self.latest[k] = (count, body)
        return body


def serve_feeds(port_file: Path, feeds: int, entries: int, rate: float, t0: float) -> int:
    """A minimal keep-alive HTTP/1.1 server (asyncio) of the Site's feeds, with ETags."""
    site = Site(feeds, entries, rate, t0)

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                lines = head.decode("latin-1").split("\r\n")
                path = lines[0].split(" ")[1].split("?")[0]
                headers = {
                    k.strip().lower(): v.strip()
                    for k, _, v in (ln.partition(":") for ln in lines[1:] if ln)
                }
                try:
                    k = int(path.removeprefix("/f").removesuffix(".xml"))
                    if not 0 <= k < feeds:
                        raise ValueError(path)
                except ValueError:
                    writer.write(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n")
                    await writer.drain()
                    continue
                count = site.published(k, time.time())
                etag = f'"{k}-{count}"'
                if headers.get("if-none-match") == etag:
                    writer.write(
                        f"HTTP/1.1 304 Not Modified\r\nETag: {etag}\r\n"
                        "Content-Length: 0\r\n\r\n".encode()
                    )
                else:
                    body = site.body(k, count)
                    writer.write(
                        f"HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml; charset=utf-8"
                        f"\r\nETag: {etag}\r\nContent-Length: {len(body)}\r\n\r\n".encode()
                        + body
                    )
                await writer.drain()
        except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, ConnectionError):
            pass
        finally:
            writer.close()

    async def main() -> None:
        server = await asyncio.start_server(handle, "127.0.0.1", 0, backlog=1024)
        port = server.sockets[0].getsockname()[1]
        tmp = port_file.with_suffix(".tmp")
        tmp.write_text(str(port))
        tmp.replace(port_file)
        async with server:
            await server.serve_forever()

    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(main())
    return 0


# -- child processes ------------------------------------------------------------------------
def _die_with_parent() -> None:
    """In the child, before exec: SIGTERM when the benchmark dies, however it dies."""
    with contextlib.suppress(Exception):
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


def newswire_command() -> list[str]:
    """The `newswire` console script of this interpreter's venv, else the same module."""
    script = Path(sys.executable).with_name("newswire")
    return [str(script)] if script.exists() else [sys.executable, "-m", "pipeline.cli"]


class Child:
    """One child process with its log in a file; its own session, so the benchmark stops
    it in order (poller, worker, feed server) rather than the terminal's Ctrl-C all at once."""

    def __init__(self, name: str, cmd: list[str], env: dict[str, str], log: Path) -> None:
        self.name, self.log = name, log
        env = {**env, "PYTHONUNBUFFERED": "1"}
        with open(log, "wb") as fh:
            self.p = subprocess.Popen(
                cmd, env=env, cwd=REPO, stdout=fh, stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL, start_new_session=True, preexec_fn=_die_with_parent,
            )  # fmt: skip

    @property
    def pid(self) -> int:
        return self.p.pid

    def text(self) -> str:
        try:
            return self.log.read_text(errors="replace")
        except FileNotFoundError:
            return ""

    def tail(self, lines: int = 25) -> str:
        return "\n".join(self.text().splitlines()[-lines:])

    def check(self) -> None:
        if self.p.poll() is not None:
            raise SystemExit(f"{self.name} exited with {self.p.returncode}:\n{self.tail()}")

    def stop(self, timeout: float = 30.0) -> None:
        """SIGTERM, then SIGKILL if it does not stop in time."""
        if self.p.poll() is None:
            self.p.send_signal(signal.SIGTERM)
            try:
                self.p.wait(timeout)
            except subprocess.TimeoutExpired:
                say(f"{self.name} (pid {self.pid}) did not stop within {timeout:.0f}s; killed")
                self.p.kill()
                self.p.wait(10)
        else:
            self.p.wait()


# -- measurements ---------------------------------------------------------------------------
def descendants(pid: int) -> list[int]:
    """pid and every process below it (from /proc/*/stat)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as fh:
                ppid = int(fh.read().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(ppid, []).append(int(entry))
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo.extend(children.get(p, []))
    return out


def rss_mb(pid: int) -> float:
    """VmRSS of pid and its descendants, in MB."""
    total_kb = 0
    for p in descendants(pid):
        try:
            with open(f"/proc/{p}/status") as fh:
                for line in fh:
                    if line.startswith("VmRSS:"):
                        total_kb += int(line.split()[1])
                        break
        except OSError:
            continue
    return total_kb / 1024


def cpu_seconds(pid: int) -> float:
    """User + system CPU of pid and its descendants, in seconds."""
    ticks = 0
    for p in descendants(pid):
        try:
            with open(f"/proc/{p}/stat") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
            ticks += int(fields[11]) + int(fields[12])  # utime, stime
        except (OSError, IndexError, ValueError):
            continue
    return ticks / os.sysconf("SC_CLK_TCK")


def state_files(path: Path) -> list[Path]:
    return [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")]


def file_bytes(paths: list[Path]) -> int:
    total = 0
    for p in paths:
        with contextlib.suppress(FileNotFoundError):
            total += p.stat().st_size
    return total


def tree_bytes(root: Path) -> int:
    total = 0
    for folder, _, names in os.walk(root):
        for n in names:
            with contextlib.suppress(FileNotFoundError):
                total += os.stat(os.path.join(folder, n)).st_size
    return total


def seen_rows(path: Path) -> int | None:
    """Rows of the poller's seen table, read-only (WAL lets a reader in meanwhile)."""
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=2.0)
        try:
            return int(db.execute("SELECT COUNT(*) FROM seen").fetchone()[0])
        finally:
            db.close()
    except sqlite3.Error:
        return None


class Offsets:
    """Records on a topic so far: the sum of its partitions' end offsets."""

    def __init__(self, settings: Settings) -> None:
        self.consumer = make_consumer(settings, group_id=None)
        self.partitions: dict[str, list[TopicPartition]] = {}

    def records(self, topic: str) -> int | None:
        try:
            tps = self.partitions.get(topic)
            if not tps:
                found = self.consumer.partitions_for_topic(topic) or set()
                tps = self.partitions[topic] = [TopicPartition(topic, p) for p in sorted(found)]
            if not tps:
                return None
            return int(sum(self.consumer.end_offsets(tps).values()))
        except KafkaError:
            return None

    def close(self) -> None:
        self.consumer.close()


@dataclasses.dataclass
class Sample:
    t_s: float
    poller_rss_mb: float
    worker_rss_mb: float
    broker_rss_mb: float
    poller_cpu_s: float
    worker_cpu_s: float
    state_bytes: int
    wal_bytes: int  # of which the -wal file (SQLite reuses it; its size is a high-water mark)
    seen_rows: int | None
    datadir_bytes: int
    raw: int | None
    enriched: int | None
    duplicates: int | None


def slope_per_hour(points: list[tuple[float, float]]) -> float | None:
    """Least-squares slope of (seconds, value) points, per hour."""
    if len(points) < 2:
        return None
    n = len(points)
    mx = sum(t for t, _ in points) / n
    my = sum(v for _, v in points) / n
    sxx = sum((t - mx) ** 2 for t, _ in points)
    if sxx == 0:
        return None
    sxy = sum((t - mx) * (v - my) for t, v in points)
    return sxy / sxx * 3600


def _r(value: float | None, digits: int = 1) -> float | None:
    return None if value is None else round(value, digits)


def _n(value: int | None) -> str:
    return "?" if value is None else f"{value:,}"


def line(s: Sample, prev: Sample | None) -> str:
    """One progress line; CPU is the share of one core since the previous sample."""
    dt = s.t_s - prev.t_s if prev is not None else 0.0

    def cpu(now: float, before: float | None) -> str:
        return f"{100 * (now - before) / dt:3.0f}%" if before is not None and dt else "  -"

    return (
        f"t={s.t_s:5.0f}s"
        f"  poller {s.poller_rss_mb:6.1f} MB cpu "
        + cpu(s.poller_cpu_s, prev.poller_cpu_s if prev else None)
        + f"  worker {s.worker_rss_mb:6.1f} MB cpu "
        + cpu(s.worker_cpu_s, prev.worker_cpu_s if prev else None)
        + f"  broker {s.broker_rss_mb:6.1f} MB"
        f"  state {s.state_bytes / MB:6.2f} MB (wal {s.wal_bytes / MB:.2f}, seen {_n(s.seen_rows)})"
        f"  datadir {s.datadir_bytes / MB:6.2f} MB"
        f"  raw {_n(s.raw)}  enriched {_n(s.enriched)}  dup {_n(s.duplicates)}"
    )


def summarise(samples: list[Sample], args: argparse.Namespace, interrupted: bool) -> dict:
    first, last = samples[0], samples[-1]
    skip = int(len(samples) * WARMUP_FRACTION)
    steady = samples[skip:] if len(samples) - skip >= 2 else samples

    def rate(get: Callable[[Sample], float | int | None]) -> float | None:
        pts = [(s.t_s, float(v)) for s in steady if (v := get(s)) is not None]
        return slope_per_hour(pts)

    articles = rate(lambda s: s.enriched)
    state = rate(lambda s: s.state_bytes)
    datadir = rate(lambda s: s.datadir_bytes)
    worker = rate(lambda s: s.worker_rss_mb)
    seen = rate(lambda s: s.seen_rows)
    wall = last.t_s - first.t_s

    def cpu_pct(before: float, after: float) -> float | None:
        return 100 * (after - before) / wall if wall else None

    def per_article(value: float | None, scale: float = 1.0) -> float | None:
        if value is None or not articles:
            return None
        return round(value * scale / articles, 1)

    return {
        "minutes": round(wall / 60, 2),
        "articles_delivered": last.enriched,
        "poller_rss_mb_start": _r(first.poller_rss_mb),
        "poller_rss_mb_end": _r(last.poller_rss_mb),
        "worker_rss_mb_start": _r(first.worker_rss_mb),
        "worker_rss_mb_end": _r(last.worker_rss_mb),
        "poller_rss_mb_per_hour": _r(rate(lambda s: s.poller_rss_mb), 2),
        "worker_rss_mb_per_hour": _r(worker, 2),
        "state_bytes_per_hour": _r(state, 0),
        "datadir_bytes_per_hour": _r(datadir, 0),
        "articles_per_hour": _r(articles, 0),
        # context: what the growth is per article, and the rest of the run
        "state_bytes_per_article": per_article(state),
        "seen_rows_per_article": round(seen / articles, 2) if seen and articles else None,
        "datadir_bytes_per_article": per_article(datadir),
        "worker_rss_bytes_per_article": per_article(worker, MB),
        "poller_rss_mb_max": _r(max(s.poller_rss_mb for s in samples)),
        "worker_rss_mb_max": _r(max(s.worker_rss_mb for s in samples)),
        "broker_rss_mb_end": _r(last.broker_rss_mb),
        "state_bytes_start": first.state_bytes,
        "state_bytes_end": last.state_bytes,
        "state_wal_bytes_end": last.wal_bytes,
        "seen_rows_end": last.seen_rows,
        "datadir_bytes_start": first.datadir_bytes,
        "datadir_bytes_end": last.datadir_bytes,
        "raw_records": last.raw,
        "duplicates": last.duplicates,
        "poller_cpu_pct": _r(cpu_pct(first.poller_cpu_s, last.poller_cpu_s)),
        "worker_cpu_pct": _r(cpu_pct(first.worker_cpu_s, last.worker_cpu_s)),
        "samples": len(samples),
        "warmup_samples_skipped": skip if steady is not samples else 0,
        "every_s": args.every,
        "feeds": args.feeds,
        "entries_per_feed": args.entries,
        "publish_rate_per_s": args.rate,
        "interval_s": args.interval,
        "store": args.store,
        "dedupe_window_days": args.dedupe_window_days,
        "interrupted": interrupted,
    }  # fmt: skip


# -- the run --------------------------------------------------------------------------------
@contextlib.contextmanager
def sigterm_as_interrupt() -> Iterator[None]:
    """SIGTERM (and SIGHUP) raise KeyboardInterrupt, so the cleanup runs as on Ctrl-C."""

    def interrupt(signum: int, frame: FrameType | None) -> None:
        raise KeyboardInterrupt(signal.Signals(signum).name)

    old = {s: signal.signal(s, interrupt) for s in (signal.SIGTERM, signal.SIGHUP)}
    try:
        yield
    finally:
        for s, handler in old.items():
            signal.signal(s, handler)


def wait_for(what: str, ready: Callable[[], bool], children: list[Child], timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for c in children:
            c.check()
        if ready():
            return
        time.sleep(0.3)
    raise SystemExit(f"{what} not within {timeout:.0f}s:\n" + "\n".join(c.tail() for c in children))


def group_stable(settings: Settings) -> bool:
    admin = make_admin(settings)
    try:
        group = admin.describe_groups([settings.app_id]).get(settings.app_id, {})
    except KafkaError:  # no coordinator yet on a fresh broker
        return False
    finally:
        admin.close()
    return group.get("group_state") == "Stable" and len(group.get("members", [])) == 1


def run(args: argparse.Namespace, tmp: Path) -> tuple[list[Sample], bool]:
    samples: list[Sample] = []
    children: list[Child] = []
    broker: Any = None
    offsets: Offsets | None = None
    interrupted = False
    try:
        bootstrap = os.environ.get(ENV_PREFIX + "BOOTSTRAP")
        if not bootstrap:
            from pipeline.broker.local import LocalBroker

            broker = LocalBroker(
                tmp / "broker", load_settings(environ={}).broker_cache,
                port=free_port_pair(), heap=args.broker_heap,
            )  # fmt: skip
            broker.start(timeout=180, echo=say)
            bootstrap = broker.bootstrap
        tag = uuid.uuid4().hex[:6]
        state_path = tmp / "poller" / "state.db"
        table_dir = tmp / "worker-tables"
        settings = dataclasses.replace(
            load_settings(environ={}),
            bootstrap=bootstrap, topic_prefix=f"soak{tag}.", app_id=f"soak-{tag}",
            partitions=args.partitions, broker_home=str(tmp / "home"),
            state_path=str(state_path), store=args.store, table_dir=str(table_dir),
            dedupe_window_days=args.dedupe_window_days, allow_private_addresses=True,
            min_interval_s=max(1, int(args.interval)), per_host_concurrency=16,
            log_level="info",
        )  # fmt: skip
        env = settings.as_environment(os.environ)

        port_file = tmp / "feeds.port"
        t0 = time.time()
        feed_args = [str(args.feeds), str(args.entries), str(args.rate), repr(t0)]
        server = Child(
            "feed server", [sys.executable, str(Path(__file__).resolve()), "_feeds",
                            str(port_file), *feed_args], dict(os.environ), tmp / "feeds.log",
        )  # fmt: skip
        children.append(server)
        wait_for("the feed server", port_file.exists, [server], 60)
        port = int(port_file.read_text())
        feeds_file = tmp / "feeds.toml"
        feeds_file.write_text(
            "".join(
                f'[[feed]]\nurl = "http://127.0.0.1:{port}/f{k}.xml"\n'
                f'name = "soak {k}"\ninterval = {int(args.interval)}\n'
                for k in range(args.feeds)
            )
        )
        say(
            f"feed server on port {port}: {args.feeds} feeds x {args.entries} entries, "
            f"~{args.rate:g} new entries/s in all; poll interval {args.interval:g}s"
        )

        worker = Child("worker", [*newswire_command(), "worker"], env, tmp / "worker.log")
        children.append(worker)
        wait_for("the worker ready", lambda: READY in worker.text(), children, 120)
        wait_for("the worker's group stable", lambda: group_stable(settings), children, 90)
        say(f"worker ready (pid {worker.pid}, store {args.store}, tables {table_dir})")

        poller = Child(
            "poller", [*newswire_command(), "poll", "--feeds", str(feeds_file)], env,
            tmp / "poller.log",
        )  # fmt: skip
        children.append(poller)
        wait_for("the poller started", lambda: "polling " in poller.text(), children, 60)
        say(f"poller polling (pid {poller.pid}, state {state_path})")
        broker_pid = broker.status().pid if broker is not None else None

        offsets = Offsets(settings)
        topics = {name: settings.topic(name) for name in ("raw", "enriched", "duplicates")}
        started = time.monotonic()
        end = started + args.minutes * 60
        say(f"sampling every {args.every:g}s for {args.minutes:g} min")
        n = 0
        while True:
            for c in children:
                c.check()
            now = time.monotonic()
            sample = Sample(
                t_s=now - started,
                poller_rss_mb=rss_mb(poller.pid),
                worker_rss_mb=rss_mb(worker.pid),
                broker_rss_mb=rss_mb(broker_pid) if broker_pid else 0.0,
                poller_cpu_s=cpu_seconds(poller.pid),
                worker_cpu_s=cpu_seconds(worker.pid),
                state_bytes=file_bytes(state_files(state_path)),
                wal_bytes=file_bytes(state_files(state_path)[1:2]),
                seen_rows=seen_rows(state_path),
                datadir_bytes=tree_bytes(table_dir),
                raw=offsets.records(topics["raw"]),
                enriched=offsets.records(topics["enriched"]),
                duplicates=offsets.records(topics["duplicates"]),
            )
            say(line(sample, samples[-1] if samples else None))
            samples.append(sample)
            n += 1
            if now >= end - 0.5:
                break
            time.sleep(max(0.0, min(started + n * args.every, end) - time.monotonic()))
    except KeyboardInterrupt as exc:
        interrupted = True
        say(f"interrupted ({str(exc) or 'SIGINT'}): stopping everything")
    finally:
        if offsets is not None:
            offsets.close()
        for c in reversed(children):  # poller, worker, feed server
            c.stop()
        if broker is not None:
            broker.stop(echo=say)
    return samples, interrupted


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("mode", nargs="?", default="soak", choices=["soak", "_feeds"],
                        help=argparse.SUPPRESS)  # fmt: skip
    parser.add_argument("rest", nargs="*", help=argparse.SUPPRESS)
    parser.add_argument("--minutes", type=float, default=10.0, help="length of the run (10)")
    parser.add_argument("--every", type=float, default=15.0, help="seconds between samples (15)")
    parser.add_argument("--feeds", type=int, default=200, help="feeds on the local server (200)")
    parser.add_argument("--entries", type=int, default=15, help="entries each feed lists (15)")
    parser.add_argument(
        "--rate", type=float, default=8.0, help="new entries a second, all feeds together (8)"
    )
    parser.add_argument(
        "--interval", type=float, default=10.0, help="seconds between polls of a feed (10)"
    )
    parser.add_argument("--partitions", type=int, default=6, help="partitions per topic (6)")
    parser.add_argument(
        "--store", default="rocksdb://", choices=["rocksdb://", "memory://"],
        help="the worker's table store (rocksdb://, as in production)",
    )  # fmt: skip
    parser.add_argument(
        "--dedupe-window-days", type=float, default=Settings().dedupe_window_days,
        help="the worker's dedupe window (the default setting, 7)",
    )  # fmt: skip
    parser.add_argument("--broker-heap", default="512m", help="heap of the broker's JVM (512m)")
    parser.add_argument(
        "--keep", action="store_true", help="keep the temp dir (logs, state, tables) afterwards"
    )
    args = parser.parse_args()
    if args.mode == "_feeds":
        port_file, feeds, entries, rate, t0 = args.rest
        return serve_feeds(Path(port_file), int(feeds), int(entries), float(rate), float(t0))
    if args.rest:
        parser.error(f"unexpected arguments: {' '.join(args.rest)}")
    if args.minutes <= 0 or args.every <= 0 or args.feeds < 1 or args.entries < 1:
        parser.error("--minutes, --every, --feeds and --entries must be above 0")

    tmp = Path(tempfile.mkdtemp(prefix="newswire-soak-"))
    say(f"soak: {args.minutes:g} min, temp dir {tmp}")
    ok = False
    try:
        with sigterm_as_interrupt():
            samples, interrupted = run(args, tmp)
        ok = not interrupted
    finally:
        if ok and not args.keep:
            import shutil

            shutil.rmtree(tmp, ignore_errors=True)
        else:
            say(f"logs, state and tables kept in {tmp}")
    if not samples:
        return 130 if interrupted else 1
    print(json.dumps(summarise(samples, args, interrupted)), flush=True)
    return 130 if interrupted else 0


if __name__ == "__main__":
    sys.exit(main())
