"""Cost of the figure extractor alone, per ~3 KB article, on one core.

Prints a JSON object on its last line: articles, mean_ms, p50_ms, p99_ms.
The corpus: the seed article, and ~3 KB articles mixing its number-free
sentences with wire-style sentences from the figure tests, each of which holds
figures; the share of those is the first argument (default 0.33, which is
denser than most news: ~6 figures an article).

    .venv/bin/python bench/figures.py [share]
No assertions on time: this prints figures.
"""

from __future__ import annotations

import json
import random
import statistics
import sys
import time
from pathlib import Path

# The repository first: run as a script, bench/ leads sys.path and bench/pipeline.py
# would shadow the pipeline package.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipeline.enrich.figures import extract_figures
from pipeline.enrich.text import normalise, split_sentences

ROOT = Path(__file__).resolve().parents[1]


def corpus(n: int = 200) -> list[tuple[str, str]]:
    seed = (ROOT / "seeds" / "000_d618fc00f0c004b1.txt").read_text(encoding="utf-8")
    title, _, body = seed.partition("\n")
    plain = [
        s.text for s in split_sentences(normalise(body)) if not any(c.isdigit() for c in s.text)
    ]
    sys.path.insert(0, str(ROOT / "tests" / "unit" / "enrich"))
    import test_figures_categories as cases

    numbered = [text for text, _ in cases.CASES]
    rng = random.Random(0)
    docs = [(title, body[:3000]), (title, body[-3000:])]
    while len(docs) < n:
        parts: list[str] = []
        while sum(len(p) + 1 for p in parts) < 3000:
            parts.append(
                rng.choice(numbered)
                if rng.random() < float(sys.argv[1] if len(sys.argv) > 1 else 0.33)
                else rng.choice(plain)
            )
        docs.append(("Fighting displaces thousands", " ".join(parts)[:3000]))
    return docs


def main() -> None:
    prepared = []
    for title, body in corpus():
        t, b = normalise(title), normalise(body)
        prepared.append((t, b, split_sentences(t), split_sentences(b)))
    for doc in prepared:
        extract_figures(*doc)
    times: list[float] = []
    for _ in range(20):
        for doc in prepared:
            t0 = time.perf_counter()
            extract_figures(*doc)
            times.append(time.perf_counter() - t0)
    times.sort()
    print(
        json.dumps(
            {
                "articles": len(times),
                "mean_ms": round(statistics.mean(times) * 1e3, 4),
                "p50_ms": round(times[len(times) // 2] * 1e3, 4),
                "p99_ms": round(times[int(len(times) * 0.99)] * 1e3, 4),
            }
        )
    )


if __name__ == "__main__":
    main()
