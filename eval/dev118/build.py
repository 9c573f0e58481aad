"""Build eval/dev118/figures.jsonl from the hand-written items in the modules beside it.

A hundred-and-eighteenth evaluation set for the figure extractor, written blind: short items (a
title and 2 to 6 sentences), 2016-2025, on the numbers of translated and non-native English
news, as the English-language services of local and foreign outlets and machine-assisted
translations render them: a point for thousands ("1.500 persons"), a comma for decimals ("2,5
million"), "30 thousand", "1 700", "some forty", "tens of wounded", "over 50 souls", and sources
in translated phrasing ("informed the Ministry", "as indicated by the mayor"). Money,
percentages, dates in local order, years, ages, durations, times, decrees and laws and numbers
in names are mixed in and marked as negatives. How the guideline was applied where it is
silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in the five items_*.py modules (imported below, in that order, so
the build is deterministic). `item` (in _wrap.py) collapses whitespace and calls figset's `F`.

    python eval/dev118/build.py            # write figures.jsonl and validate it
    python eval/dev118/build.py --table    # also print all figures as a table
    python eval/dev118/build.py --counts   # also print the counts of each module
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

# "tens of wounded" (translated "decenas de", "dezenas de", "des dizaines de"): a vague amount
# the shared list lacks, read like "dozens" but from 20 (README, "Decisions"). Added for this
# process only, after "tens of thousands", so that phrase keeps its own bounds; figset's files
# are not edited.
if ("tens of", 20, 99) not in VAGUE:
    VAGUE.append(("tens of", 20, 99))

# The modules register their items as they are imported: their order is the set's.
MODULES = (
    "items_latam",
    "items_europe",
    "items_mena",
    "items_asia",
    "items_africa",
)
SIZES = {}
for _name in MODULES:
    _before = len(figset.FIGURES)
    importlib.import_module(_name)
    SIZES[_name] = len(figset.FIGURES) - _before

CONFIG = SetConfig("dev118", HERE, "ht", 118)


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
    overrides = sum(1 for f in figs if f["text"] and "," in f["text"] and "million" in f["text"])
    print("  comma-decimal millions:", overrides)


if __name__ == "__main__":
    code = run(CONFIG)
    if "--counts" in sys.argv:
        counts()
    sys.exit(code)
