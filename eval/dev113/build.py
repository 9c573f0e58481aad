"""Build eval/dev113/conflict.jsonl (and the empty eval/dev113/figures.jsonl).

dev113 is a blind set of contrast pairs: 200 short items (a title and 2 to 5 sentences), 2016-2025,
from every region, written as 100 pairs of twins. In each pair one twin reports current organised
violence or its direct consequences and the other shares most of its vocabulary and setting but
reports none (a shelling and a shelling exercise, an attack by gunmen and an attack in a match,
people who fled fighting and people who fled a flood, a massacre and its anniversary, a bomb and a
Second World War bomb, a drone strike and a drone show...), so that only a careful reading tells
them apart. Each twin is labelled on its own under eval/README.md (section 1), so a few pairs are
two positives or two negatives. The texts, with their labels and pair numbers, are in the helper
modules pairs_*.py of this folder:

    PAIRS = [(pair number, first twin, second twin), ...]
    a twin: (title, text, tag codes, kind) if conflict, (title, text, kind code) if not

eval/conflictset/__init__.py validates them, shuffles them with seed 113, gives them ids
ku0001... and writes the files.

    python3 eval/dev113/build.py            # validate, print the counts, write the files
    python3 eval/dev113/build.py --table    # also print the counts as markdown tables
    python3 eval/dev113/build.py --pairs    # also print each pair with its two ids and labels
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the pairs_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from pairs_africa_a import PAIRS as AFRICA_A  # noqa: E402
from pairs_africa_b import PAIRS as AFRICA_B  # noqa: E402
from pairs_americas import PAIRS as AMERICAS  # noqa: E402
from pairs_asia_a import PAIRS as ASIA_A  # noqa: E402
from pairs_asia_b import PAIRS as ASIA_B  # noqa: E402
from pairs_europe_a import PAIRS as EUROPE_A  # noqa: E402
from pairs_europe_b import PAIRS as EUROPE_B  # noqa: E402
from pairs_mideast_a import PAIRS as MIDEAST_A  # noqa: E402
from pairs_mideast_b import PAIRS as MIDEAST_B  # noqa: E402
from pairs_oceania import PAIRS as OCEANIA  # noqa: E402

PAIRS = (
    (AFRICA_A + AFRICA_B + MIDEAST_A + MIDEAST_B + EUROPE_A + EUROPE_B + ASIA_A + ASIA_B)
    + AMERICAS
    + OCEANIA
)

numbers = [n for n, _, _ in PAIRS]
if sorted(numbers) != list(range(1, 101)):
    raise SystemExit(f"pair numbers are not 1..100: {sorted(numbers)}")

POSITIVES = [twin for _, a, b in PAIRS for twin in (a, b) if len(twin) == 4]
NEGATIVES = [twin for _, a, b in PAIRS for twin in (a, b) if len(twin) == 3]
if len(POSITIVES) + len(NEGATIVES) != 2 * len(PAIRS):
    raise SystemExit("a twin is neither (title, text, tags, kind) nor (title, text, kind)")

add_items(POSITIVES, NEGATIVES)


def print_pairs() -> None:
    """Each pair with the ids the build gave its twins, their labels and titles."""
    by_title = {}
    with (HERE / "conflict.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            by_title[rec["title"]] = rec
    same = {True: 0, False: 0}
    for n, a, b in sorted(PAIRS, key=lambda p: p[0]):
        recs = [by_title[a[0]], by_title[b[0]]]
        if recs[0]["is_conflict"] == recs[1]["is_conflict"]:
            same[recs[0]["is_conflict"]] += 1
        cells = []
        for rec in recs:
            label = " ".join(rec["tags"]) if rec["is_conflict"] else rec["kind"]
            cells.append(f"{rec['id']} ({'+' if rec['is_conflict'] else '-'} {label})")
        print(f"pair {n:3d}: " + " / ".join(cells) + f"  | {a[0]} / {b[0]}")
    print(f"pairs with two positives: {same[True]}; with two negatives: {same[False]}")


# the configuration the brief gave, unchanged
code = run(
    ConflictConfig(
        "dev113",
        HERE,
        "ku",
        113,
        sentences=(2, 5),
        max_text_chars=900,
        max_title_chars=130,
        check_glued=True,
        near_dup=0.8,
    )
)
if code == 0 and "--pairs" in sys.argv:
    print_pairs()
sys.exit(code)
