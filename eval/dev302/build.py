"""Build eval/dev302/figures.jsonl from the hand-written items in the modules beside it.

A three-hundred-and-second evaluation set for the figure extractor, written blind: Gaza,
2023-2026, as the health ministry, the Israeli military, UNRWA, OCHA, WFP, the IPC and the wires
report it (the ministry's tolls, people killed and wounded in strikes on homes, schools and tents,
evacuation orders and people moved south and back north, aid trucks and airdrops, hostages and
prisoners exchanged, famine and malnutrition), texts of 3 to 12 sentences in the register of the
wires, broadcasters and agencies. Fiscal years, dates, money, percentages, ages, times, durations,
ordinals, measurements and numbers in names are marked as negatives. How the guideline was
applied where it is silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in gaza_tolls.py, gaza_moves.py, gaza_aid.py and gaza_captives.py
(imported below, in that order, so the build is deterministic). `item` (in _wrap.py) collapses
each text's whitespace to single spaces and hands it to figset's `F`.

    python eval/dev302/build.py            # write figures.jsonl and validate it
    python eval/dev302/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import gaza_tolls  # noqa: E402,F401
import gaza_moves  # noqa: E402,F401
import gaza_aid  # noqa: E402,F401
import gaza_captives  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev302", HERE, "nm", 302, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
