"""Build eval/dev336/figures.jsonl from the hand-written items in the modules beside it.

A three-hundred-and-thirty-sixth evaluation set for the figure extractor, written blind:
Manipur's ethnic violence, 2023-2026 (Meitei and Kuki-Zo, relief camps, buffer zones, arms looted
from police armouries, internet shutdowns, central forces), texts of 3 to 12 sentences in the
style of the wires and the Indian national and north-eastern press. The counts are of people
killed, injured, displaced, sheltered, returned, missing, abducted and arrested, of houses and
churches burned, of weapons looted and recovered, of security personnel deployed, of relief
camps and aid; dates, money, percentages, ages, times, durations, ordinals, measurements and
numbers in names are marked as negatives. How the guideline was applied where it is silent:
README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in manipur_2023.py, manipur_2024.py, manipur_2025.py and
manipur_camps.py (imported below, in that order, so the build is deterministic). `item` (in
_wrap.py) collapses each text's whitespace to single spaces and hands it to figset's `F`.

    python eval/dev336/build.py            # write figures.jsonl and validate it
    python eval/dev336/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import manipur_2023  # noqa: E402,F401
import manipur_2024  # noqa: E402,F401
import manipur_2025  # noqa: E402,F401
import manipur_camps  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev336", HERE, "oe", 336, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
