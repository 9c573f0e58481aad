"""Build eval/dev319/figures.jsonl from the hand-written items in the modules beside it.

A three-hundred-and-nineteenth evaluation set for the figure extractor, written blind: the
Rohingya, 2017-2026 (the Cox's Bazar camps, Bhasan Char, Rakhine under the Arakan Army, the
boats to Indonesia and Malaysia), texts of 3 to 12 sentences in the style of the wires, the
agencies (UNHCR, the WFP, MSF, IOM), Bangladesh's refugee commissioner, Myanmar's junta and the
Arakan Army as the press relays them. Dates, years, times, durations, ages, money, percentages,
ration sizes and other measurements, ordinals and numbers in names (camp numbers, resolutions)
are marked as negatives; the figures are the counts of people, households, shelters and things.
How the guideline was applied where it is silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in camps.py, relocation.py, rakhine.py and sea.py (imported below,
in that order, so the build is deterministic). `item` (in _wrap.py) collapses each text's
whitespace to single spaces and hands it to figset's `F`.

    python eval/dev319/build.py            # write figures.jsonl and validate it
    python eval/dev319/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import camps  # noqa: E402,F401
import relocation  # noqa: E402,F401
import rakhine  # noqa: E402,F401
import sea  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev319", HERE, "nu", 319, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
