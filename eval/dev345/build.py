"""Build eval/dev345/figures.jsonl from the hand-written items in the modules beside it.

A three-hundred-and-forty-fifth evaluation set for the figure extractor, written blind: eastern
Chad and Sudan's refugees, 2023-2026 (Adré, Ourang, Farchana, Metché and the new camps, arrivals
from West Darfur and El Fasher, the wounded treated by MSF, cholera, water and food shortages,
Chadian returnees from Sudan), texts of 3 to 12 sentences in the style of the wires, UNHCR, the
WFP, MSF, IOM and Chad's government. Years, dates, ages, times, durations, ordinals,
percentages, money, measurements and numbers in names are marked as negatives; the figures are
the counts of people, households, structures and things. How the guideline was applied where
it is silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in border.py, camps.py, health.py and aid.py (imported below, in
that order, so the build is deterministic). `item` (in _wrap.py) collapses each text's
whitespace to single spaces and hands it to figset's `F`.

    python eval/dev345/build.py            # write figures.jsonl and validate it
    python eval/dev345/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import border  # noqa: E402,F401
import camps  # noqa: E402,F401
import health  # noqa: E402,F401
import aid  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev345", HERE, "oj", 345, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
