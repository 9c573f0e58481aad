"""Poll-cycle benchmark: many feeds from a local server, through the real poller.

    .venv/bin/python bench/poll.py                      # 2,000 feeds x 20 entries, no-op producer
    .venv/bin/python bench/poll.py --producer kafka --bootstrap 127.0.0.1:19092

The feed server runs in its own process (so the poller's figures are its own);
cycle 1 is cold (every feed 200, every entry new), later cycles are warm: most
feeds answer 304 and a fraction (--changed) publish two new entries. Then
feedparser (what the poller uses, sanitising) is timed against fastfeedparser
(lxml) on the same bodies. The last line printed is a JSON object of figures.
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import json
import multiprocessing as mp
import random
import resource
import sys
import tempfile
import threading
import time
from concurrent.futures import Future
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipeline.feeds.daemon import run_poller
from pipeline.feeds.markup import html_to_text
from pipeline.feeds.metrics import PollerMetrics
from pipeline.feeds.parse import parse_feed
from pipeline.settings import Settings

PARAGRAPH = (
    "<p>Fighting intensified on <b>Tuesday</b> as government forces pushed into the eastern "
    "districts, according to officials &amp; aid workers. At least 1,200 families fled to camps "
    "near the border, the UN refugee agency said.</p><p>A spokesperson said convoys were "
    "delayed by shelling; <a href='https://example.org/x'>more here</a>.</p>"
)


def feed_body(i: int, version: int, entries: int) -> bytes:
    items = []
    for n in range(version * 2, version * 2 + entries):
        items.append(
            f"<item><title>Feed {i} story {n}: clashes and displacement</title>"
            f"<link>https://news{i % 97}.example.com/f{i}/story/{n}?utm_source=rss</link>"
            f"<guid>https://news{i % 97}.example.com/f{i}/story/{n}</guid>"
            f"<description><![CDATA[{PARAGRAPH}]]></description>"
            f"<pubDate>Tue, 02 Jan 2024 10:{n % 60:02d}:00 GMT</pubDate></item>"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>Bench feed {i}</title><link>https://news{i % 97}.example.com/</link>"
        + "".join(reversed(items))
        + "</channel></rss>"
    ).encode()


def serve(port_out, epoch, entries: int, changed: float) -> None:
    """A minimal keep-alive HTTP/1.1 server (asyncio): fast enough not to be the bottleneck."""
    cache: dict[tuple[int, int], bytes] = {}

    def version_of(i: int) -> int:
        # Feeds in the changed fraction move to the current epoch; the others stay at 0.
        return epoch.value if (i % 1000) < changed * 1000 else 0

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                lines = head.decode("latin-1").split("\r\n")
                path = lines[0].split(" ")[1]
                headers = {
                    k.lower(): v.strip()
                    for k, _, v in (ln.partition(":") for ln in lines[1:] if ln)
                }
                i = int(path.strip("/f").split("?")[0] or 0)
                v = version_of(i)
                etag = f'"{i}-{v}"'
                if headers.get("if-none-match") == etag:
                    head304 = (
                        f"HTTP/1.1 304 Not Modified\r\nETag: {etag}\r\nContent-Length: 0\r\n\r\n"
                    )
                    writer.write(head304.encode())
                else:
                    body = cache.get((i, v)) or cache.setdefault((i, v), feed_body(i, v, entries))
                    writer.write(
                        f"HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nETag: {etag}\r\n"
                        f"Content-Length: {len(body)}\r\n\r\n".encode()
                        + body
                    )
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()

    async def main() -> None:
        server = await asyncio.start_server(handle, "127.0.0.1", 0, backlog=1024)
        port_out.put(server.sockets[0].getsockname()[1])
        async with server:
            await server.serve_forever()

    asyncio.run(main())


class NoopProducer:
    def __init__(self) -> None:
        self.count = 0

    def send(self, topic, key=None, value=None):
        self.count += 1
        f: Future = Future()
        f.set_result(None)
        f.get = f.result  # kafka-python's spelling
        return f

    def flush(self, timeout=None):
        pass

    def close(self, timeout=None):
        pass


def cpu_s() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def compare_parsers(n: int, entries: int) -> dict:
    bodies = [feed_body(i, 0, entries) for i in range(n)]
    started = time.perf_counter()
    articles = sum(
        len(parse_feed(b, feed_url="https://x.test/f", fetched_at="2024-01-01T00:00:00Z").articles)
        for b in bodies
    )
    ours = time.perf_counter() - started
    out = {
        "parser_feeds": n,
        "feedparser_ms_per_feed": round(1000 * ours / n, 2),
        "feedparser_entries": articles,
    }
    try:
        import fastfeedparser
    except ImportError:
        out["fastfeedparser_ms_per_feed"] = None
        return out
    started = time.perf_counter()
    count = 0
    for b in bodies:
        d = fastfeedparser.parse(b)
        for e in d["entries"]:
            html_to_text(e.get("description") or "")  # same plain-text step, for fairness
            count += 1
    fast = time.perf_counter() - started
    out.update(
        fastfeedparser_ms_per_feed=round(1000 * fast / n, 2),
        fastfeedparser_entries=count,
        fastfeedparser_speedup=round(ours / fast, 2),
    )
    return out


def main() -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--feeds", type=int, default=2000)
    ap.add_argument("--entries", type=int, default=20)
    ap.add_argument("--cycles", type=int, default=3, help="1 cold + N-1 warm cycles")
    ap.add_argument(
        "--changed", type=float, default=0.3, help="fraction of feeds changed per warm cycle"
    )
    ap.add_argument("--producer", choices=["noop", "kafka"], default="noop")
    ap.add_argument("--bootstrap", default="127.0.0.1:9092")
    ap.add_argument("--concurrency", type=int, default=64)
    ap.add_argument("--compare-parsers", type=int, default=300, metavar="N", help="0 to skip")
    args = ap.parse_args()

    ctx = mp.get_context("spawn")
    port_q, epoch = ctx.Queue(), ctx.Value("i", 0)
    server = ctx.Process(
        target=serve, args=(port_q, epoch, args.entries, args.changed), daemon=True
    )
    server.start()
    port = port_q.get(timeout=30)
    tmp = Path(tempfile.mkdtemp(prefix="newswire-bench-"))
    feeds_path = tmp / "feeds.toml"
    feeds_path.write_text(
        "".join(f'[[feed]]\nurl = "http://127.0.0.1:{port}/f{i}"\n' for i in range(args.feeds))
    )
    settings = dataclasses.replace(
        Settings(),
        bootstrap=args.bootstrap,
        topic_prefix=f"bench{int(time.time())}.",
        state_path=str(tmp / "state.db"),
        allow_private_addresses=True,
        concurrency=args.concurrency,
        per_host_concurrency=args.concurrency,  # one local host serves all
        fetch_timeout_s=30.0,
        min_interval_s=60,
    )
    noop = NoopProducer()
    factory = (lambda s: noop) if args.producer == "noop" else None
    clock = [time.time()]
    cycles = []
    try:
        for cycle in range(args.cycles):
            epoch.value = cycle
            metrics = PollerMetrics()
            c0, t0 = cpu_s(), time.perf_counter()
            status = run_poller(
                settings,
                feeds_path=feeds_path,
                once=True,
                producer_factory=factory,
                clock=lambda: clock[0],
                stop_event=threading.Event(),
                rnd=random.Random(cycle),
                metrics=metrics,
            )
            wall, cpu = time.perf_counter() - t0, cpu_s() - c0
            produced = int(metrics.articles._value.get())
            row = {
                "cycle": cycle,
                "kind": "cold" if cycle == 0 else "warm",
                "status": status,
                "seconds": round(wall, 2),
                "cpu_seconds": round(cpu, 2),
                "feeds_per_s": round(args.feeds / wall, 1),
                "articles": produced,
                "not_modified": int(metrics.not_modified._value.get()),
                "errors": int(
                    sum(
                        s.value
                        for m in metrics.errors.collect()
                        for s in m.samples
                        if s.name.endswith("_total")
                    )
                ),
            }
            cycles.append(row)
            print(json.dumps(row), flush=True)
            clock[0] += 86_400  # everything is due again
    finally:
        server.terminate()
    parsers = compare_parsers(args.compare_parsers, args.entries) if args.compare_parsers else {}
    if parsers:
        print(json.dumps(parsers), flush=True)
    total_wall = sum(c["seconds"] for c in cycles)
    result = {
        "feeds": args.feeds,
        "entries_per_feed": args.entries,
        "producer": args.producer,
        "feeds_per_s": round(args.feeds * len(cycles) / total_wall, 1),
        "articles_per_s": round(sum(c["articles"] for c in cycles) / total_wall, 1),
        "cold_feeds_per_s": cycles[0]["feeds_per_s"],
        "warm_feeds_per_s": round(
            sum(c["feeds_per_s"] for c in cycles[1:]) / max(1, len(cycles) - 1), 1
        ),
        "feeds_per_cpu_s": round(
            args.feeds * len(cycles) / sum(c["cpu_seconds"] for c in cycles), 1
        ),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "target_feeds_per_s": round(10_000 / 900, 1),
        **{k: v for k, v in parsers.items() if k.endswith(("per_feed", "speedup"))},
    }
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
