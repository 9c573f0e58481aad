"""Build eval/dev361/figures.jsonl from the hand-written items in the modules beside it.

A three-hundred-and-sixty-first evaluation set for the figure extractor, written blind:
Ukrainians sheltering in Europe, 2022-2026 (temporary protection in Poland, Germany, Czechia and
Moldova, collective centres, border crossings in both directions, returns home, children in
schools, housing and jobs, and the counts of Eurostat, UNHCR, national ministries and border
guards), texts of 3 to 12 sentences in the style of the wires, UNHCR, Eurostat, ministries and
NGOs. Dates, money, percentages and ages are marked as negatives; the figures are the counts of
people registered, crossing, returning, housed and helped, and of beds, places and aid. How the
guideline was applied where it is silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in poland.py, germany.py, czechia.py and moldova_returns.py
(imported below, in that order, so the build is deterministic). `item` (in _wrap.py) collapses
each text's whitespace to single spaces and hands it to figset's `F`.

    python eval/dev361/build.py            # write figures.jsonl and validate it
    python eval/dev361/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import poland  # noqa: E402,F401
import germany  # noqa: E402,F401
import czechia  # noqa: E402,F401
import moldova_returns  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev361", HERE, "or", 361, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
