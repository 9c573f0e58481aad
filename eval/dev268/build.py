"""Build eval/dev268/figures.jsonl from the hand-written items in the modules beside it.

A two-hundred-and-sixty-eighth evaluation set for the figure extractor, written blind:
humanitarian appeals and needs overviews, 2014-2026 (OCHA flash appeals and response plans,
people in need, targeted and reached, children out of school, food-insecure people, cholera
cases, shelters and latrines planned or built) as UN agencies, donors, clusters and NGOs report
them for Yemen, Syria, Gaza and the West Bank, Sudan, the DRC, the Sahel, Ukraine, Afghanistan
and Haiti, in texts of 3 to 12 sentences in the style of the wires and the humanitarian press.
Fiscal years, dates, money, percentages, ages, durations, ordinals and measurements are marked
as negatives; the figures are the counts of people, households, structures and things. How the
guideline was applied where it is silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in appeals_mideast.py, appeals_africa.py,
appeals_ukraine_afghanistan.py and appeals_haiti_global.py (imported below, in that order, so
the build is deterministic). `item` (in _wrap.py) collapses each text's whitespace to single
spaces and hands it to figset's `F`.

    python eval/dev268/build.py            # write figures.jsonl and validate it
    python eval/dev268/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import appeals_mideast  # noqa: E402,F401
import appeals_africa  # noqa: E402,F401
import appeals_ukraine_afghanistan  # noqa: E402,F401
import appeals_haiti_global  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev268", HERE, "mv", 268, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
