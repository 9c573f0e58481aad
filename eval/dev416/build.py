"""Build eval/dev416/figures.jsonl from the hand-written items in the modules beside it.

A four-hundred-and-sixteenth evaluation set for the figure extractor, written blind: Syria after
Assad, December 2024-2026 (the opening of Sednaya and the other prisons, the missing and the mass
graves at Qutayfah and Najha, refugees returning from Turkey, Lebanon and Jordan, IDPs leaving
the north-west camps, the killings on the coast in March 2025, Suwayda in July 2025, Israeli
strikes and incursions in the south, landmines and unexploded ordnance killing returnees, the
SDF and the Kurdish north-east), texts of 3 to 12 sentences in the style of the wires, the
broadcasters, UN agencies and Syrian monitors. Dates, money, percentages, ages, durations,
measurements, ordinals and numbers in names are marked as negatives; the figures are the counts
of people, households, structures and things. How the guideline was applied where it is silent:
README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in prisons_missing.py, returns_camps.py, coast_suwayda.py and
south_northeast.py (imported below, in that order, so the build is deterministic). `item` (in
_wrap.py) collapses each text's whitespace to single spaces and hands it to figset's `F`.

    python eval/dev416/build.py            # write figures.jsonl and validate it
    python eval/dev416/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import prisons_missing  # noqa: E402,F401
import returns_camps  # noqa: E402,F401
import coast_suwayda  # noqa: E402,F401
import south_northeast  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev416", HERE, "pu", 416, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
