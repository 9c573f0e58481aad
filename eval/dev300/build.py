"""Build eval/dev300/figures.jsonl from the hand-written items in the modules beside it.

A three-hundredth evaluation set for the figure extractor, written blind: Myanmar's civil war
after the 2021 coup (airstrikes on villages, schools and monasteries, arrests and executions
counted by the AAPP, displacement in Sagaing, Karenni, Rakhine and elsewhere, the resistance
offensives from Operation 1027 on, towns captured, conscription, the 2025 earthquake in the
war zone), texts of 3 to 12 sentences as the junta, the NUG, ethnic armed groups, UN agencies,
monitors and the wires report them. Fiscal years, dates, money, percentages, ages, times,
durations, ordinals, measurements and numbers in names are marked as negatives. How the
guideline was applied where it is silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in mm_strikes.py, mm_detention.py, mm_displaced.py and
mm_front.py (imported below, in that order, so the build is deterministic). `item` (in
_wrap.py) collapses each text's whitespace to single spaces and hands it to figset's `F`.

    python eval/dev300/build.py            # write figures.jsonl and validate it
    python eval/dev300/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import mm_strikes  # noqa: E402,F401
import mm_detention  # noqa: E402,F401
import mm_displaced  # noqa: E402,F401
import mm_front  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev300", HERE, "nl", 300, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
