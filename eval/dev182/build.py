"""Build eval/dev182/figures.jsonl from the hand-written items in the modules beside it.

A hundred-and-eighty-second evaluation set for the figure extractor, written blind: accidents
and crushes with their numbers, 2010-2026, every region (road and bus crashes, train collisions
and derailments, ferry and boat sinkings, plane and helicopter crashes, mine collapses,
building and bridge collapses, factory and market fires, gas explosions, stampedes and crowd
crushes), 3 to 12 sentences each. Speeds, distances, depths, heights, temperatures, times,
dates, years, ages, durations, flight and route numbers, money and percentages are marked as
negatives. How the guideline was applied where it is silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in roads.py, rail_air.py, water.py, sites.py and crowds.py
(imported below, in that order, so the build is deterministic). `item` (in _wrap.py)
collapses the whitespace of each wrapped text and hands it to figset's `F`.

    python eval/dev182/build.py            # write figures.jsonl and validate it
    python eval/dev182/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import roads  # noqa: E402,F401
import rail_air  # noqa: E402,F401
import water  # noqa: E402,F401
import sites  # noqa: E402,F401
import crowds  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev182", HERE, "la", 182, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
