"""Build eval/dev108/figures.jsonl from the hand-written items in the modules beside it.

A hundred-and-eighth evaluation set for the figure extractor, written blind: short items (a
title and 2 to 4 sentences) of the local and national press and the wires, 2016-2025, on the
numbers of battles, strikes and raids in the world's wars and insurgencies: the killed and
wounded, the captured, surrendered and missing, hostages taken and freed, buildings destroyed,
drones and missiles launched and shot down, weapons seized, people who fled; tolls that change,
tolls broken down, tolls from both sides, and their sources in every position in the sentence.
Money, percentages, dates, years, ages, durations, ordinals, calibres, unit names and numbers
in names are mixed in and marked as negatives. How the guideline was applied where it is
silent: README.md, "Decisions". Ten items hold numbers but no figure.

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in the six items_*.py modules (imported below, in that order, so
the build is deterministic). Each module writes its texts as wrapped triple-quoted strings;
`item` (in _wrap.py) collapses their whitespace to single spaces and hands them to figset's `F`.

    python eval/dev108/build.py            # write figures.jsonl and validate it
    python eval/dev108/build.py --table    # also print all figures as a table
    python eval/dev108/build.py --counts   # also print the counts of each module
"""

import importlib
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

import figset  # noqa: E402
from figset import SetConfig, run  # noqa: E402
from figset.words import VAGUE  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
MODULES = (
    "items_ukraine",
    "items_levant",
    "items_africa_east",
    "items_africa_west",
    "items_south_asia",
    "items_asia_americas",
)
SIZES = {}
for _name in MODULES:
    _before = len(figset.FIGURES)
    importlib.import_module(_name)
    SIZES[_name] = len(figset.FIGURES) - _before

CONFIG = SetConfig("dev108", HERE, "ho", 108)


def counts() -> None:
    """Items and figures per module, alts, and the negatives of the items without figures."""
    recs = figset.build_figures(CONFIG)
    start = 0
    for name, size in SIZES.items():
        part = recs[start : start + size]
        start += size
        figs = sum(len(r["figures"]) for r in part)
        empty = sum(not r["figures"] for r in part)
        print(f"  {name}: {size} items, {figs} figures, {empty} without")
    figs = [f for r in recs for f in r["figures"]]
    print("  alts:", sum("attribution_alts" in f for f in figs))
    empty = sum(len(r["negatives"]) for r in recs if not r["figures"])
    print("  negatives in items without figures:", empty)
    vague = Counter(
        next(p for p, _, _ in VAGUE if p in f["text"].lower()) for f in figs if f["vague"]
    )
    print("  vague:", dict(vague.most_common()))
    print("  projected:", dict(Counter(f["category"] for f in figs if f["projected"])))
    words = sum(not any(c.isdigit() for c in f["text"]) and not f["vague"] for f in figs)
    print("  number words:", words)


if __name__ == "__main__":
    code = run(CONFIG)
    if "--counts" in sys.argv:
        counts()
    sys.exit(code)
