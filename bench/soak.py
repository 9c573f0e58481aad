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
import contextlib
import ctypes
import dataclasses
import json
import os
import signal
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

from kafka.errors import KafkaError  # noqa: E402

from bench.soak_feeds import serve_feeds  # noqa: E402
from bench.soak_probes import (  # noqa: E402
    Offsets,
    cpu_seconds,
    file_bytes,
    rss_mb,
    seen_rows,
    state_files,
    tree_bytes,
)
from bench.soak_report import Sample, line, summarise  # noqa: E402
from pipeline.broker.checks import free_port_pair  # noqa: E402
from pipeline.kafka import make_admin  # noqa: E402
from pipeline.settings import ENV_PREFIX, Settings, load_settings  # noqa: E402

READY = "[^Worker]: Ready"


def say(text: str) -> None:
    print(text, flush=True)


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
