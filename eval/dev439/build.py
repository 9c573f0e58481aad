"""Build eval/dev439/figures.jsonl from the hand-written items in the modules beside it.

A four-hundred-and-thirty-ninth evaluation set for the figure extractor, written blind:
Pakistan's Balochistan and Khyber Pakhtunkhwa, 2014-2026 (militant attacks by the TTP and the
BLA, the Jaffar Express hijacking, bombings at police stations, mosques and rallies; army
operations and the ISPR's tallies; enforced disappearances and the lists of the missing; Afghans
deported across Torkham and Chaman; the displaced of Bajaur, Kurram and Tirah), texts of 3 to 12
sentences in the register of the wires, the UN agencies, NGOs and the Pakistani press. Years,
dates, times, ages, durations, ordinals, percentages, fractions, money, measurements and numbers
in names are marked as negatives. How the guideline was applied where it is silent: README.md,
"Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in attacks.py, operations.py, missing.py and uprooted.py (imported
below, in that order, so the build is deterministic). `item` (in _wrap.py) collapses each text's
whitespace to single spaces and hands it to figset's `F`.

    python eval/dev439/build.py            # write figures.jsonl and validate it
    python eval/dev439/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import attacks  # noqa: E402,F401
import operations  # noqa: E402,F401
import missing  # noqa: E402,F401
import uprooted  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev439", HERE, "ql", 439, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
