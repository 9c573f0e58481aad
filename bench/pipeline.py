"""End-to-end benchmark of the Faust worker on a real local broker.

    .venv/bin/python bench/pipeline.py                  # starts its own broker in a temp dir
    NEWSWIRE_BOOTSTRAP=127.0.0.1:9092 .venv/bin/python bench/pipeline.py --articles 5000

Articles are realistic: sentences of the seed stories recombined (three in four are
feed summaries of 2-3 sentences, the rest bodies of 8-20 sentences), each with a
sentence of its own so no two are duplicates. Phases, each on fresh topics: (1) a
bare Faust agent copying news.raw to an output topic (passthrough), and two bare
agents in a row, the second reading one internal partition as the dedupe stage does
(the ceiling of any design whose dedupe sees the whole stream in one place, with
nothing computed); (2) the real worker, 1 process; (3) the worker with the
enrichment core stubbed out, to separate the agents' own cost from the core's; (4)
the worker, 2 processes; (5) latency: a steady stream at half the sustained rate
through the 1-process worker, produce -> enriched record seen. Throughput is the
output rate between 10% and 90% of a backlog produced once the workers have joined.
The last line printed is a JSON object of figures.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
import uuid
import zlib
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from kafka.errors import KafkaError  # noqa: E402
from pipeline_agents import run_copies, run_worker  # noqa: E402  (bench/, as workload)
from workload import make_articles  # noqa: E402  (bench/ is the script's own directory)

from pipeline import codec  # noqa: E402
from pipeline.broker.checks import free_port_pair  # noqa: E402
from pipeline.kafka import ensure_topics, make_admin, make_consumer, make_producer  # noqa: E402
from pipeline.schema import Article  # noqa: E402
from pipeline.settings import ENV_PREFIX, Settings, load_settings  # noqa: E402


def say(text: str) -> None:
    print(text, flush=True)


# -- processes ------------------------------------------------------------------------
class Proc:
    def __init__(self, settings: Settings, logdir: Path, *args: str) -> None:
        self.log = logdir / f"{settings.app_id}-{uuid.uuid4().hex[:4]}.log"
        with open(self.log, "wb") as fh:
            self.p = subprocess.Popen(
                [sys.executable, str(Path(__file__).resolve()), *args],
                env=settings.as_environment(os.environ), cwd=REPO,
                stdout=fh, stderr=subprocess.STDOUT,
            )  # fmt: skip

    def tail(self) -> str:
        return "\n".join(self.log.read_text(errors="replace").splitlines()[-20:])

    def stop(self) -> None:
        if self.p.poll() is None:
            self.p.send_signal(signal.SIGTERM)
            try:
                self.p.wait(20)
            except subprocess.TimeoutExpired:
                self.p.kill()
                self.p.wait()


def wait_group(settings: Settings, procs: list[Proc], members: int, timeout: float = 90) -> None:
    admin = make_admin(settings)
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            for p in procs:
                if p.p.poll() is not None:
                    raise SystemExit(f"a worker exited:\n{p.tail()}")
            ready = all("[^Worker]: Ready" in p.log.read_text(errors="replace") for p in procs)
            try:
                group = admin.describe_groups([settings.app_id]).get(settings.app_id, {})
            except KafkaError:  # no coordinator yet on a fresh broker
                group = {}
            stable = group.get("group_state") == "Stable"
            if ready and stable and len(group.get("members", [])) == members:
                time.sleep(1.0)
                return
            time.sleep(0.3)
    finally:
        admin.close()
    raise SystemExit("workers did not form a stable group:\n" + procs[0].tail())


def produce(settings: Settings, articles: list[Article]) -> float:
    producer = make_producer(settings, compression_type=None, linger_ms=5)
    started = time.monotonic()
    topic = settings.topic("raw")
    for a in articles:
        producer.send(topic, key=a.id.encode(), value=codec.encode(a))
    producer.flush(timeout=120)
    producer.close(timeout=10)
    return time.monotonic() - started


def output_rate(settings: Settings, topics: list[str], n: int, timeout: float) -> float:
    """Records/s seen on the output topics between 10% and 90% of n."""
    consumer = make_consumer(
        settings, *[settings.topic(t) for t in topics], group_id=None,
        auto_offset_reset="earliest", fetch_max_wait_ms=50,
    )  # fmt: skip
    seen: set[bytes] = set()
    marks: dict[int, float] = {}
    lo, hi = max(1, n // 10), max(2, n * 9 // 10)
    deadline = time.monotonic() + timeout
    try:
        while len(seen) < hi and time.monotonic() < deadline:
            for batch in consumer.poll(timeout_ms=100).values():
                for m in batch:
                    seen.add(m.key)
            now = time.monotonic()
            for mark in (lo, hi):
                if len(seen) >= mark and mark not in marks:
                    marks[mark] = now
    finally:
        consumer.close()
    if hi not in marks:
        raise SystemExit(f"only {len(seen)} of {n} records came out within {timeout:.0f}s")
    return (hi - lo) / max(marks[hi] - marks[lo], 1e-6)


def check_no_dead_letters(settings: Settings) -> None:
    """A benchmark of a failing pipeline measures nothing: stop and say why."""
    consumer = make_consumer(
        settings, settings.topic("deadletter"), group_id=None, auto_offset_reset="earliest"
    )
    try:
        batches = consumer.poll(timeout_ms=2000)
    finally:
        consumer.close()
    letters = [codec.decode(m.value) for b in batches.values() for m in b]
    if letters:
        raise SystemExit(f"dead letters in the benchmark, e.g. {letters[0]['error']}")


def throughput(
    base: Settings, logdir: Path, name: str, n: int, args: tuple[str, ...], workers: int = 1,
    outputs: tuple[str, ...] = ("enriched", "duplicates", "deadletter"), keep: bool = False,
) -> tuple[float, Settings, list[Proc]]:  # fmt: skip
    tag = uuid.uuid4().hex[:6]
    s = dataclasses.replace(base, topic_prefix=f"b{tag}.", app_id=f"bench-{name}-{tag}")
    ensure_topics(s)
    procs = [Proc(s, logdir, *args) for _ in range(workers)]
    try:
        wait_group(s, procs, workers)
        articles = make_articles(n, seed=zlib.crc32(name.encode()), tag=tag)
        took = produce(s, articles)
        say(f"  {name}: {n} articles produced in {took:.1f}s; waiting for the outputs")
        rate = output_rate(s, list(outputs), n, timeout=max(120.0, n / 20))
        check_no_dead_letters(s)
    except BaseException:
        for p in procs:
            say(p.tail())
            p.stop()
        raise
    say(f"  {name}: {rate:,.0f} articles/s")
    if not keep:
        for p in procs:
            p.stop()
        procs = []
    return rate, s, procs


def latency(settings: Settings, rate: float, seconds: float) -> tuple[float, float, int]:
    """Produce at `rate`/s for `seconds`; ms from send to the enriched record seen."""
    tag = "lat" + uuid.uuid4().hex[:5]
    articles = make_articles(int(rate * seconds), seed=zlib.crc32(tag.encode()), tag=tag)
    sent: dict[bytes, float] = {}
    seen: dict[bytes, float] = {}
    # news.duplicates too: the synthetic articles are built from a few templates, and a
    # pair that comes out within the SimHash bound is (rightly) held back as a duplicate
    enriched, duplicates = settings.topic("enriched"), settings.topic("duplicates")
    consumer = make_consumer(
        settings, enriched, duplicates, group_id=None, auto_offset_reset="latest",
        fetch_max_wait_ms=20,
    )  # fmt: skip
    held: set[bytes] = set()
    while not consumer.assignment():
        consumer.poll(timeout_ms=100)
    consumer.seek_to_end()
    stop = threading.Event()

    def read() -> None:
        while not stop.is_set():
            for tp, batch in consumer.poll(timeout_ms=50).items():
                now = time.time()
                for m in batch:
                    if tp.topic == duplicates:
                        held.add(m.key)
                    else:
                        seen.setdefault(m.key, now)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    producer = make_producer(settings, compression_type=None, linger_ms=0)
    topic = settings.topic("raw")
    start = time.monotonic()
    for i, a in enumerate(articles):
        delay = start + i / rate - time.monotonic()
        if delay > 0:
            time.sleep(delay)
        key = a.id.encode()
        sent[key] = time.time()
        producer.send(topic, key=key, value=codec.encode(a))
    producer.flush(30)
    producer.close(10)
    deadline = time.monotonic() + 30
    while len((seen.keys() | held) & sent.keys()) < len(sent) and time.monotonic() < deadline:
        time.sleep(0.1)
    stop.set()
    reader.join(5)
    consumer.close()
    lat = sorted((seen[k] - sent[k]) * 1000 for k in sent if k in seen)
    dup = len((held & sent.keys()) - seen.keys())
    if dup:
        say(f"  latency: {dup} of {len(sent)} synthetic articles were near-duplicates")
    if len(lat) + dup < len(sent):
        missing = len(sent) - len(lat) - dup
        say(f"  latency: {missing} of {len(sent)} articles not seen within 30s")
    if not lat:
        raise SystemExit("no article came through in the latency phase")
    return lat[len(lat) // 2], lat[min(len(lat) - 1, int(len(lat) * 0.99))], len(lat)


# -- child process modes ------------------------------------------------------------
def enrich_cost(n: int = 300) -> float:
    from pipeline.enrich import enrich

    articles = make_articles(n, seed=5, tag="cost")
    enrich(articles[0], enriched_at="x")
    started = time.perf_counter()
    for a in articles:
        enrich(a, enriched_at="x")
    return (time.perf_counter() - started) / n * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    modes = ["bench", "_passthrough", "_two_hops", "_worker", "_stub"]
    parser.add_argument("mode", nargs="?", default="bench", choices=modes)
    parser.add_argument("--articles", type=int, default=3000, help="backlog per worker phase")
    parser.add_argument("--passthrough-articles", type=int, default=20000)
    parser.add_argument("--latency-seconds", type=float, default=20.0)
    parser.add_argument("--partitions", type=int, default=6)
    parser.add_argument("--skip-two-workers", action="store_true")
    parser.add_argument("--skip-stub", action="store_true")
    args = parser.parse_args()
    if args.mode == "_passthrough":
        return run_copies(1)
    if args.mode == "_two_hops":
        return run_copies(2)
    if args.mode in ("_worker", "_stub"):
        return run_worker(stub=args.mode == "_stub")

    tmp = Path(tempfile.mkdtemp(prefix="newswire-bench-"))
    broker = None
    bootstrap = os.environ.get(ENV_PREFIX + "BOOTSTRAP")
    if not bootstrap:
        from pipeline.broker.local import LocalBroker

        broker = LocalBroker(
            tmp / "broker", load_settings(environ={}).broker_cache, port=free_port_pair(), heap="1g"
        )
        broker.start(timeout=180, echo=say)
        bootstrap = broker.bootstrap
    base = dataclasses.replace(
        load_settings(environ={}), bootstrap=bootstrap, partitions=args.partitions,
        broker_home=str(tmp), log_level="info",
    )  # fmt: skip
    result: dict[str, object] = {"cpus": os.cpu_count(), "partitions": args.partitions}
    procs: list[Proc] = []
    try:
        cost = enrich_cost()
        say(f"enrichment core alone: {cost:.2f} ms/article (this process, one core)")
        result["enrich_ms_per_article"] = round(cost, 2)
        say("passthrough: a bare Faust agent copying news.raw to an output topic")
        pt, _, _ = throughput(
            base, tmp, "passthrough", args.passthrough_articles, ("_passthrough",),
            outputs=("enriched",),
        )  # fmt: skip
        say("two bare hops: news.raw -> one internal partition -> output, nothing computed")
        hops, _, _ = throughput(
            base, tmp, "twohops", args.passthrough_articles, ("_two_hops",),
            outputs=("enriched",),
        )  # fmt: skip
        result["two_hops_articles_per_s"] = round(hops, 1)
        result["two_hops_ratio"] = round(hops / pt, 3)
        say("pipeline: newswire worker, 1 process")
        one, s1, procs = throughput(base, tmp, "worker1", args.articles, ("_worker",), keep=True)
        rate = one / 2
        say(f"latency: {rate:.0f}/s (half the sustained rate) for {args.latency_seconds:.0f}s")
        p50, p99, n = latency(s1, rate, args.latency_seconds)
        say(f"  latency over {n} articles: p50 {p50:.0f} ms, p99 {p99:.0f} ms")
        for p in procs:
            p.stop()
        procs = []
        result.update(
            articles_per_s=round(one, 1), passthrough_articles_per_s=round(pt, 1),
            ratio=round(one / pt, 3), p50_ms=round(p50, 1), p99_ms=round(p99, 1),
            latency_rate_per_s=round(rate, 1), articles=args.articles,
        )  # fmt: skip
        if not args.skip_stub:
            say("pipeline with the enrichment core stubbed out (the agents' own cost), 1 process")
            stub, _, _ = throughput(base, tmp, "stub", args.articles * 3, ("_stub",))
            result["stub_core_articles_per_s"] = round(stub, 1)
            result["stub_core_ratio"] = round(stub / pt, 3)
        if not args.skip_two_workers:
            say("pipeline: newswire worker, 2 processes")
            two, _, _ = throughput(base, tmp, "worker2", args.articles * 2, ("_worker",), workers=2)
            result["articles_per_s_1_worker"] = round(one, 1)
            result["articles_per_s_2_workers"] = round(two, 1)
    finally:
        for p in procs:
            p.stop()
        if broker is not None:
            broker.stop(echo=lambda *_: None)
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
