"""Build eval/dev142/figures.jsonl from the hand-written items in the modules beside it.

A hundred-and-forty-second evaluation set for the figure extractor, written blind: the daily
claims of the wars of 2022-2026 as the wires relay them (Russia and Ukraine; Israel, Gaza,
Lebanon, Yemen and Iran; Sudan and Somalia; the Sahel and the DRC; Myanmar), from short wire
items of 3 to 5 sentences to roundups of up to 14: general staff tallies, drones and missiles
launched and shot down, prisoner exchanges, ministry tolls, army communiques, armed groups'
claims and the monitors who count, with their hedges. Dates, times, calibres, ranges, unit
numbers, ages, money, percentages and numbers in names are marked as negatives. How the
guideline was applied where it is silent: README.md, "Decisions". Four texts hold numbers but
no figure.

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in arts_ukraine.py, arts_mideast.py, arts_sudan_horn.py,
arts_sahel_congo.py and arts_myanmar.py (imported below, in that order, so the build is
deterministic). Each module writes its texts as wrapped triple-quoted strings; `item` (in
_wrap.py) collapses their whitespace to single spaces and hands them to figset's `F`.

    python eval/dev142/build.py            # write figures.jsonl and validate it
    python eval/dev142/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import arts_ukraine  # noqa: E402,F401
import arts_mideast  # noqa: E402,F401
import arts_sudan_horn  # noqa: E402,F401
import arts_sahel_congo  # noqa: E402,F401
import arts_myanmar  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev142", HERE, "ih", 142, chars=(200, 2200), sentences=(3, 14))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
