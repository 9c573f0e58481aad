"""Build eval/dev252/figures.jsonl from the hand-written items in the modules beside it.

A two-hundred-and-fifty-second evaluation set for the figure extractor, written blind: clan and
tribal fighting with its numbers, 2014-2026 (Papua New Guinea's highlands, Nigeria's Plateau,
Somalia and Somaliland, Kenya's north, the Oromia-Somali border, Sudan's Blue Nile and Darfur,
South Sudan's Jonglei and Warrap, Libya's, Yemen's and Iraq's tribes), texts of 3 to 12
sentences in the style of the wires, the national press, police and UN statements. Years,
dates, ages, times, durations, ordinals, money, distances, percentages and the animals paid as
compensation are marked as negatives; the figures are the counts of people killed, wounded,
displaced, abducted, arrested and deployed, of houses and villages burned, of cattle stolen and
of aid. How the guideline was applied where it is silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in tribal_pacific_plateau.py, tribal_horn.py, tribal_sudans.py and
tribal_arab.py (imported below, in that order, so the build is deterministic). `item` (in
_wrap.py) collapses each text's whitespace to single spaces and hands it to figset's `F`.

    python eval/dev252/build.py            # write figures.jsonl and validate it
    python eval/dev252/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import tribal_pacific_plateau  # noqa: E402,F401
import tribal_horn  # noqa: E402,F401
import tribal_sudans  # noqa: E402,F401
import tribal_arab  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev252", HERE, "mn", 252, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
