"""The dedupe stage's state and its cost, without a broker.

    .venv/bin/python bench/dedupe.py [--articles 200000] [--distance 6]

Feeds `agents.dedupe_logic.DedupeState` (with plain dicts for tables, as the memory
store) unique articles (random ids, hashes and fingerprints) spread over one and a
half windows, then runs one pruning pass, which forgets the oldest third, while
records keep coming, as the dedupe agent does. Prints the memory per remembered article (tables
and band index, by tracemalloc), the index's share, and the time per record while a
pass is under way; the last line is a JSON object. It prints figures; it asserts
nothing.
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from agents.dedupe_logic import Candidate, DedupeState


def _candidate(rng: random.Random, ts: float, offset: int) -> Candidate:
    return Candidate(
        id=f"{rng.getrandbits(64):016x}",
        content_hash=f"{rng.getrandbits(128):032x}",
        fingerprint=f"{rng.getrandbits(64):016x}",
        ts=ts,
        offset=offset,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=200_000)
    parser.add_argument("--distance", type=int, default=6, help="dedupe_max_distance")
    args = parser.parse_args()
    rng = random.Random(1)
    state = DedupeState({}, {}, max_distance=args.distance)
    start = 1_700_000_000.0
    step = state.window_s * 1.5 / args.articles
    tracemalloc.start()
    for i in range(args.articles):
        state.decide(_candidate(rng, start + i * step, i))
    gc.collect()
    total = tracemalloc.get_traced_memory()[0]
    state._index.clear()
    gc.collect()
    index = total - tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    state.rebuild_index()
    now = start + args.articles * step
    times = []
    offset = args.articles
    state.prune(now, budget=1)  # starts a pass
    while state.pruning:
        began = time.perf_counter()
        state.decide(_candidate(rng, now, offset))
        state.prune(now)
        times.append(time.perf_counter() - began)
        offset += 1
    times.sort()
    result = {
        "articles": args.articles,
        "distance": args.distance,
        "bytes_per_article": round(total / args.articles),
        "index_bytes_per_article": round(index / args.articles),
        "records_during_pass": len(times),
        "p50_ms_while_pruning": round(times[len(times) // 2] * 1000, 3),
        "p99_ms_while_pruning": round(times[int(len(times) * 0.99)] * 1000, 3),
        "max_ms_while_pruning": round(times[-1] * 1000, 3),
    }
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
