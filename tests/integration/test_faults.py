"""Faults under a steady load: nothing is lost, and a consumer keeping the last record per key
sees each article exactly once.

The whole pipeline runs for real: feeds on the local HTTP server that publish entries at a
steady rate (harness.GrowingFeeds, 4 feeds x 1.5 entries/s), a `newswire poll` process
(polling every second), a `newswire worker` process, and a checker reading news.enriched and
news.duplicates. These tests run on their own broker (module-scoped), so stopping it for 20 s
cannot disturb the other tests.

Each test: warm up until articles flow, inject the fault, keep the load going a few seconds,
stop serving new entries, then wait (bounded) until the outputs cover every served article.
It prints and asserts: served, distinct delivered, lost (0), duplicate deliveries (reported),
and the last-record-per-key view (each served article exactly once, revision 0).
"""

from __future__ import annotations

import dataclasses
import os
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from pipeline.broker.checks import free_port_pair
from pipeline.broker.local import LocalBroker
from pipeline.kafka import ensure_topics
from pipeline.settings import Settings, load_settings

from .feedserver import FeedServer
from .harness import Checker, Count, GrowingFeeds, trace
from .workerproc import PollerProcess, WorkerProcess, read_topic, wait_group_members

pytestmark = [pytest.mark.integration]

WARM_UP = 24  # enriched articles before the fault: the pipeline is demonstrably flowing
AFTER_S = 4.0  # load kept going after the fault is over
DRAIN_S = 75.0  # bound on the wait for the outputs to cover everything served


@pytest.fixture(scope="module")
def fault_broker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalBroker]:
    broker = LocalBroker(
        tmp_path_factory.mktemp("fault-broker"),
        load_settings(environ=os.environ).broker_cache,
        port=free_port_pair(),
        heap="512m",
    )
    broker.start(timeout=180, echo=lambda *_: None)
    try:
        yield broker
    finally:
        broker.stop(timeout=20, echo=lambda *_: None)


@pytest.fixture
def settings(fault_broker: LocalBroker, tmp_path: Path) -> Settings:
    tag = uuid.uuid4().hex[:8]
    s = dataclasses.replace(
        load_settings(environ={}),
        bootstrap=fault_broker.bootstrap,
        broker_home=str(tmp_path),
        topic_prefix=f"f{tag}.",
        app_id=f"newswire-fault-{tag}",
        state_path=str(tmp_path / "poller.db"),
        table_dir=str(tmp_path / "tables"),
        partitions=3,
        allow_private_addresses=True,  # the feeds are on 127.0.0.1
        min_interval_s=1,
        max_interval_s=2,
        fetch_timeout_s=5.0,
    )
    ensure_topics(s)
    return s


class Pipeline:
    """The processes of one test; every one of them is stopped at the end."""

    def __init__(self, settings: Settings, tmp_path: Path, server: FeedServer) -> None:
        self.settings, self.tmp_path, self.server = settings, tmp_path, server
        self.procs: list[WorkerProcess] = []
        self.feeds: GrowingFeeds | None = None
        self.feeds_file = tmp_path / "feeds.toml"

    def start_feeds(self, **kw: object) -> GrowingFeeds:
        self.feeds = GrowingFeeds(self.server, **kw)  # type: ignore[arg-type]
        self.feeds.write_feeds_file(self.feeds_file)
        return self.feeds

    def worker(self, name: str = "worker") -> WorkerProcess:
        w = WorkerProcess(self.settings, self.tmp_path / f"{name}{len(self.procs)}.log").start()
        self.procs.append(w)
        return w

    def poller(self) -> PollerProcess:
        log = self.tmp_path / f"poller{len(self.procs)}.log"
        p = PollerProcess(self.settings, log, "--feeds", str(self.feeds_file)).start()
        self.procs.append(p)
        return p

    def enriched_at_least(self, n: int, timeout: float = 60.0) -> int:
        got = read_topic(self.settings, "enriched", lambda rs: len(rs) >= n, timeout=timeout)
        assert len(got) >= n, f"only {len(got)} enriched within {timeout}s:\n{self.logs()}"
        return len(got)

    def logs(self) -> str:
        return "\n".join(f"--- {p.log_path.name}\n{p.log(25)}" for p in self.procs)

    def close(self) -> None:
        for p in self.procs:
            p.stop(timeout=10)


@pytest.fixture
def pipeline(settings: Settings, tmp_path: Path) -> Iterator[Pipeline]:
    with FeedServer() as server:
        p = Pipeline(settings, tmp_path, server)
        try:
            yield p
        finally:
            p.close()


def run_under_load(
    pipeline: Pipeline, inject: Callable[[Pipeline], str], **feed_options: object
) -> tuple[Count, str]:
    """Start feeds, worker and poller; warm up; inject; keep loading; freeze; drain; count."""
    feeds = pipeline.start_feeds(**feed_options)
    pipeline.worker().wait_ready()
    pipeline.poller()
    pipeline.enriched_at_least(WARM_UP)
    detail = inject(pipeline)
    fault_over = time.monotonic()
    before = feeds.served_ids()  # what was served up to the end of the fault
    checker = Checker(pipeline.settings)
    try:
        caught_up = checker.wait_for(before, timeout=DRAIN_S, settle=0)
        time.sleep(max(0.0, AFTER_S - (time.monotonic() - fault_over)))
        feeds.freeze()
        feeds.wait_listed()  # the poller's next fetch of each feed lists the last entries
        served = feeds.served_ids()
        seconds = checker.wait_for(served, timeout=max(20.0, DRAIN_S - caught_up))
        count = checker.count(served, seconds)
        missing = served - {k for k, _ in checker.enriched}
        if missing:
            print(trace(pipeline.settings, missing, timeout=5))
    finally:
        checker.close()
    detail += f"; caught up {caught_up:.0f} s after the fault"
    print(f"{detail}: {count.line()}")
    return count, detail


def check(count: Count, pipeline: Pipeline) -> None:
    assert count.lost == 0, f"{count.lost} article(s) lost; {count.line()}\n{pipeline.logs()}"
    assert count.other_duplicates == 0, "a served article was called a duplicate of another"
    assert count.last_per_key_ok, "the last record per key is not each article exactly once"


def record(reliability, name: str, injected: str, count: Count, detail: str) -> None:
    outcome = (
        f"{'0 lost' if count.lost == 0 else 'LOST'}; last record per key: "
        f"{'each article once' if count.last_per_key_ok else 'WRONG'}; "
        f"{detail}"
    )
    reliability.add("fault", name, injected, outcome, **count.numbers())


@pytest.mark.timeout(200)
def test_broker_stopped_for_20_s_then_started(pipeline, fault_broker, reliability):
    def inject(p: Pipeline) -> str:
        started = time.monotonic()
        fault_broker.stop(timeout=30, echo=lambda *_: None)
        time.sleep(20)
        fault_broker.start(timeout=120, echo=lambda *_: None)
        return f"broker away {time.monotonic() - started:.0f} s"

    count, detail = run_under_load(pipeline, inject)
    record(
        reliability,
        "broker stopped 20 s, started again",
        "controlled stop of the only broker under load; poller and worker keep running",
        count,
        detail,
    )
    check(count, pipeline)


@pytest.mark.timeout(150)
def test_worker_sigkilled_mid_stream_then_restarted(pipeline, reliability):
    def inject(p: Pipeline) -> str:
        enriched = p.enriched_at_least(WARM_UP + 16)
        p.procs[0].kill()
        time.sleep(2)
        p.worker("restarted").wait_ready(timeout=90)
        return f"killed after {enriched} enriched"

    count, detail = run_under_load(pipeline, inject)
    record(
        reliability,
        "worker SIGKILL mid-stream, restarted",
        "kill -9 of the only worker while articles flow; a new worker, same app id",
        count,
        detail,
    )
    check(count, pipeline)


@pytest.mark.timeout(150)
def test_poller_sigkilled_mid_fetch_then_restarted(pipeline, reliability):
    def inject(p: Pipeline) -> str:
        poller = p.procs[1]
        deadline = time.monotonic() + 20
        while p.server.in_flight == 0 and time.monotonic() < deadline:
            time.sleep(0.01)
        in_flight = p.server.in_flight
        poller.kill()
        assert in_flight > 0, "no fetch was in flight to interrupt"
        time.sleep(2)
        p.poller()  # same feeds file and state file
        return f"{in_flight} fetch(es) in flight at the kill"

    count, detail = run_under_load(pipeline, inject, delay_s=0.4)
    record(
        reliability,
        "poller SIGKILL mid-fetch, restarted",
        "kill -9 of the poller while a feed response is being served; restart, same state file",
        count,
        detail,
    )
    check(count, pipeline)


@pytest.mark.timeout(200)
def test_second_worker_joins_then_leaves(pipeline, reliability):
    def inject(p: Pipeline) -> str:
        second = p.worker("second")
        second.wait_ready(timeout=60)
        assert wait_group_members(p.settings, 2) == 2, f"no 2-member group:\n{p.logs()}"
        time.sleep(4)
        status = second.stop()  # SIGTERM: it leaves the group, its partitions move back
        assert wait_group_members(p.settings, 1) == 1, f"no 1-member group:\n{p.logs()}"
        how = "did not stop in 20 s, SIGKILLed" if status is None else f"exited {status}"
        return f"2 rebalances (join, leave); the second worker {how}"

    count, detail = run_under_load(pipeline, inject)
    record(
        reliability,
        "second worker joins, then leaves",
        "a second worker process joins the group under load, then stops (SIGTERM)",
        count,
        detail,
    )
    check(count, pipeline)
