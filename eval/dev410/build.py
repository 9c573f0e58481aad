"""Build eval/dev410/figures.jsonl from the hand-written items in the modules beside it.

A four-hundred-and-tenth evaluation set for the figure extractor, written blind: South Sudan's
Upper Nile, Jonglei and the Nasir clashes, 2014-2026 (the civil war's Malakal and Bor massacres,
the Malakal protection-of-civilians site, cattle raids and abductions in Jonglei and Pibor, the
White Army at Nasir in 2025, government air strikes with "barrel bombs", cholera, floods on the
Sudd and disarmament campaigns), texts of 3 to 12 sentences in the register of UNMISS, OCHA,
MSF, the government, the SPLA-IO and the wires. Dates, years, ages, durations, ordinals,
percentages, money, measurements and numbers in names are marked as negatives; the figures are
the counts of people, households, structures and things. How the guideline was applied where it
is silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in upper_nile.py, jonglei.py, nasir.py and sudd.py (imported below,
in that order, so the build is deterministic). `item` (in _wrap.py) collapses each text's
whitespace to single spaces and hands it to figset's `F`.

    python eval/dev410/build.py            # write figures.jsonl and validate it
    python eval/dev410/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import upper_nile  # noqa: E402,F401
import jonglei  # noqa: E402,F401
import nasir  # noqa: E402,F401
import sudd  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev410", HERE, "pq", 410, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
