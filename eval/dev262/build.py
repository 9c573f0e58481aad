"""Build eval/dev262/figures.jsonl from the hand-written items in the modules beside it.

A two-hundred-and-sixty-second evaluation set for the figure extractor, written blind:
displacement in South and South-East Asia, 2014-2026 (Myanmar after the coup and in Rakhine,
Bangladesh's Rohingya camps and the boats, Afghanistan's returnees and internal flight,
Pakistan's tribal districts and flood camps, the southern Philippines and Marawi, Papua,
India's Manipur and the region's borders), texts of 3 to 12 sentences in the style of the
wires, the regional press and the reports of OCHA, UNHCR, IOM, national disaster agencies, local
officials and rights groups. Fiscal years, dates, money, percentages, ages, durations,
measurements and numbers in names are marked as negatives; the figures are the counts of
people displaced, sheltering, returned, killed, missing and the rest, and of the camps, sites,
shelters and aid that hold and serve them. How the guideline was applied where it is silent:
README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in myanmar.py, rohingya.py, afpak.py and periphery.py (imported
below, in that order, so the build is deterministic). `item` (in _wrap.py) collapses each
text's whitespace to single spaces and hands it to figset's `F`.

    python eval/dev262/build.py            # write figures.jsonl and validate it
    python eval/dev262/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import myanmar  # noqa: E402,F401
import rohingya  # noqa: E402,F401
import afpak  # noqa: E402,F401
import periphery  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev262", HERE, "ms", 262, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
