"""Build eval/dev114/figures.jsonl from the hand-written items in the modules beside it.

A hundred-and-fourteenth evaluation set for the figure extractor, written blind: contrast pairs
for figures. About a hundred pairs of short items (a title and 2 to 5 sentences, 2016-2025, all
regions), each pair two complete news items that share their setting and most of their
vocabulary while something changes what their numbers are: killed against wounded, missing or
rescued; fled against returned, relocated or evacuated; arrested against released; "up to"
against "at least", "more than", "nearly" or a range; a projected count against a reported one;
people against homes, tents, vehicles, tonnes or cases; people against money or percentages; a
count against a year, date, age, duration, unit name or ordinal that looks like one; the police's
figure against the rebels' or a hospital's; a figure in a quote against the reporter's own. How
the guideline was applied where it is silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in the items_*.py modules (imported below, in that order, so the
build is deterministic). Each module opens a pair with `pair(id, contrast)` and writes its two
twins with `item` (both in _wrap.py), which collapses whitespace and hands them to figset's `F`.

    python eval/dev114/build.py            # write figures.jsonl and validate it
    python eval/dev114/build.py --table    # also print all figures as a table
    python eval/dev114/build.py --counts   # also print the counts of each module
    python eval/dev114/build.py --pairs    # also print every pair with its contrast
"""

import importlib
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

import figset  # noqa: E402
from _wrap import PAIRS  # noqa: E402
from figset import SetConfig, run  # noqa: E402
from figset.words import VAGUE  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
MODULES = (
    "items_casualty",
    "items_custody",
    "items_movement",
    "items_qualifier",
    "items_projected",
    "items_units",
    "items_money",
    "items_lookalike",
    "items_sources",
)
SIZES = {}
for _name in MODULES:
    _before = len(figset.FIGURES)
    importlib.import_module(_name)
    SIZES[_name] = len(figset.FIGURES) - _before

CONFIG = SetConfig("dev114", HERE, "hr", 114)


def check_pairs() -> list[str]:
    """Every pair has exactly two twins, and the twins' titles differ."""
    errs = []
    for pid, (_, titles) in PAIRS.items():
        if len(titles) != 2:
            errs.append(f"pair {pid}: {len(titles)} items")
        elif titles[0] == titles[1]:
            errs.append(f"pair {pid}: one title for both twins")
    if sum(len(t) for _, t in PAIRS.values()) != len(figset.FIGURES):
        errs.append("an item outside any pair")
    return errs


def counts() -> None:
    """Items, pairs and figures per module, alts, and the negatives of items without figures."""
    recs = figset.build_figures(CONFIG)
    start = 0
    for name, size in SIZES.items():
        part = recs[start : start + size]
        start += size
        figs = sum(len(r["figures"]) for r in part)
        empty = sum(not r["figures"] for r in part)
        print(f"  {name}: {size} items ({size // 2} pairs), {figs} figures, {empty} without")
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
    pair_errs = check_pairs()
    for e in pair_errs:
        print("ERROR", e)
    code = run(CONFIG) or int(bool(pair_errs))
    if "--counts" in sys.argv:
        counts()
    if "--pairs" in sys.argv:
        for pid, (contrast, titles) in PAIRS.items():
            print(f"{pid}  {contrast}")
            for t in titles:
                print(f"       {t}")
    sys.exit(code)
