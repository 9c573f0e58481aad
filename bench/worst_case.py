"""Enrichment time on hostile articles: the shapes a feed can deliver that no reporter
writes (a table flattened into one run-on line, a body of nothing but counts, a megabyte
of wire copy, a number hundreds of digits long, a long paragraph without a full stop).

    .venv/bin/python bench/worst_case.py [--scale 1.0]

Each case is enriched once, after a warm-up article; prints its size, seconds and figures
found, and as its last line a JSON object with `worst_s` (the slowest case), `worst_case`
and `seconds` per case. The time should grow with an article's length, not with its
square: rerun with --scale 2 and compare. It prints figures; it asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.enrich import _article, make_corpus
from pipeline.enrich import annotate


def _run_on_list(n: int) -> str:
    return " and ".join(f"{i} people fled" for i in range(1, n + 1))


def _counts(n: int) -> str:
    return " ".join(
        f"{i} people were killed and {i + 1} injured, officials said." for i in range(n)
    )


def _table(n: int) -> str:
    return "\n".join(
        f"District {i} | {i * 7} killed | {i * 30} displaced | {i} missing" for i in range(n)
    )


def _wire_copy(n: int) -> str:
    return " ".join(text for _, text in make_corpus(n, seed=11))


def _no_stops(n: int) -> str:
    return " ".join(["the army said that people had been killed in the town"] * n)


def _long_number(n: int) -> str:
    return "Officials said " + "9" * n + " people fled."


CASES: dict[str, tuple[Callable[[int], str], int]] = {
    "run-on list": (_run_on_list, 4000),
    "counts only": (_counts, 4000),
    "table lines": (_table, 4000),
    "wire copy, 1 MB": (_wire_copy, 340),
    "no full stop": (_no_stops, 4000),
    "long number": (_long_number, 100_000),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0, help="size of every case (x)")
    args = parser.parse_args()
    annotate(_article(0, "warm-up", "Five people were killed, officials said."))
    seconds: dict[str, float] = {}
    for i, (name, (build, size)) in enumerate(CASES.items(), 1):
        text = build(max(1, int(size * args.scale)))
        t0 = time.perf_counter()
        found = annotate(_article(i, name, text))
        seconds[name] = round(time.perf_counter() - t0, 3)
        print(
            f"{name}: {len(text) / 1000:,.0f} KB, {seconds[name]:.2f} s, "
            f"{len(found.figures):,} figures",
            flush=True,
        )
    worst = max(seconds, key=seconds.__getitem__)
    print(json.dumps({"worst_s": seconds[worst], "worst_case": worst, "seconds": seconds}))


if __name__ == "__main__":
    main()
