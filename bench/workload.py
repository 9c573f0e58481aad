"""The benchmark's workload: realistic synthetic articles built from the seed stories.

Sentences of the seed stories recombined (three in four are feed summaries of 2-3
sentences, the rest bodies of 8-20 sentences), each with a sentence of its own so no
two are duplicates (a few pairs still come out within the SimHash bound).
"""

from __future__ import annotations

import random
import re
from pathlib import Path

from pipeline.replay import load_articles
from pipeline.schema import Article, Source

REPO = Path(__file__).resolve().parents[1]
FILLER = (
    "officials residents council river district convoy market bridge harvest clinic school "
    "border envoy talks election court police fuel storm camp water power report morning"
).split()


def corpus() -> tuple[list[str], list[str]]:
    seeds = [a for a in load_articles([str(REPO / "seeds")], "now") if isinstance(a, Article)]
    sentences = [
        s.strip() for a in seeds for s in re.split(r"(?<=[.!?])\s+", a.text) if len(s.split()) >= 6
    ]
    return sentences, [a.title for a in seeds]


def make_articles(n: int, seed: int, tag: str) -> list[Article]:
    sentences, titles = corpus()
    rng = random.Random(seed)
    out = []
    for i in range(n):
        k = rng.randint(2, 3) if rng.random() < 0.75 else rng.randint(8, 20)
        own = " ".join(rng.choice(FILLER) for _ in range(14)).capitalize() + f", report {i}."
        body = rng.sample(sentences, k)
        body.insert(rng.randrange(len(body) + 1), own)
        domain = f"feed{rng.randrange(40)}.example"
        out.append(
            Article(
                id=f"{tag}{i:012x}"[-16:],
                url=f"https://{domain}/{tag}/{i}",
                canonical_url=None,
                guid=None,
                source=Source(feed=f"https://{domain}/rss", domain=domain, name=domain),
                title=rng.choice(titles),
                text=" ".join(body),
                language="en",
                published_at="2025-03-10T00:00:00Z",
                fetched_at="2025-03-10T00:00:00Z",
            )
        )
    return out
