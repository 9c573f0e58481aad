"""Build eval/dev418/figures.jsonl from the hand-written items in the modules beside it.

A four-hundred-and-eighteenth evaluation set for the figure extractor, written blind: Kharkiv,
Sumy and Zaporizhzhia under glide bombs, missiles and drones, 2022-2026 (strikes on apartment
blocks, a hypermarket, a printing house and hospitals, the Sumy Palm Sunday attack, the
evacuation of frontline villages and the forced evacuation of children, power outages, shelters
in metro stations and schools moved underground), texts of 3 to 12 sentences in the style of the
wires, the regional military administrations, the State Emergency Service, the prosecutors and
the UN monitoring mission. Years, dates, times, ages, durations, ordinals, percentages,
fractions, money, distances and other measurements and numbers in names are marked as
negatives; the figures are the counts of people, households, buildings and things. How the
guideline was applied where it is silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in kharkiv.py, sumy.py, zaporizhzhia.py and tallies.py (imported
below, in that order, so the build is deterministic). `item` (in _wrap.py) collapses each
text's whitespace to single spaces and hands it to figset's `F`.

    python eval/dev418/build.py            # write figures.jsonl and validate it
    python eval/dev418/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import kharkiv  # noqa: E402,F401
import sumy  # noqa: E402,F401
import zaporizhzhia  # noqa: E402,F401
import tallies  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev418", HERE, "pw", 418, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
