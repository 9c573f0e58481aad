"""Build eval/dev292/figures.jsonl from the hand-written items in the modules beside it.

A two-hundred-and-ninety-second evaluation set for the figure extractor, written blind: Libya,
2014-2026 (clashes between armed groups in Tripoli and the west, migrants intercepted at sea
and held in detention centres, shipwrecks and rescues, the Derna floods of 2023, the battles for
Benghazi, Derna and Sirte, people displaced from Tawergha, Murzuq and Tarhuna and their return,
the mass graves of Tarhuna, deportations and repatriation flights), texts of 3 to 12 sentences
as the UN mission, IOM, UNHCR, the Red Crescent, the rival governments and the wires report
them. Years, fiscal years, dates, ages, times, durations, ordinals, percentages, money,
measurements and numbers in names are marked as negatives. How the guideline was applied where
it is silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in libya_tripoli.py, libya_sea.py, libya_east.py and
libya_south.py (imported below, in that order, so the build is deterministic). `item` (in
_wrap.py) collapses each text's whitespace to single spaces and hands it to figset's `F`.

    python eval/dev292/build.py            # write figures.jsonl and validate it
    python eval/dev292/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import libya_tripoli  # noqa: E402,F401
import libya_sea  # noqa: E402,F401
import libya_east  # noqa: E402,F401
import libya_south  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev292", HERE, "nh", 292, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
