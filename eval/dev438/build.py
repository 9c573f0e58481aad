"""Build eval/dev438/figures.jsonl from the hand-written items in the modules beside it.

A four-hundred-and-thirty-eighth evaluation set for the figure extractor, written blind:
Cameroon's Anglophone crisis (the North-West and South-West regions) and the Far North (Boko
Haram and ISWAP), 2017-2026, in the register of the wires, the UN agencies, rights groups and
the national press. Texts of 3 to 12 sentences. Years, dates, times, ages, durations, ordinals,
percentages and fractions, money, measurements and numbers in names are marked as negatives.
How the guideline was applied where it is silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in northwest.py, southwest.py, displaced.py and farnorth.py
(imported below, in that order, so the build is deterministic). `item` (in _wrap.py) collapses
each text's whitespace to single spaces and hands it to figset's `F`.

    python3 -B eval/dev438/build.py            # write figures.jsonl and validate it
    python3 -B eval/dev438/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import northwest  # noqa: E402,F401
import southwest  # noqa: E402,F401
import displaced  # noqa: E402,F401
import farnorth  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev438", HERE, "qk", 438, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
