"""Build eval/dev280/figures.jsonl from the hand-written items in the modules beside it.

A two-hundred-and-eightieth evaluation set for the figure extractor, written blind: the South
Caucasus, 2014-2026 (the 2020 and 2023 Nagorno-Karabakh wars and the exodus of its Armenians,
people displaced since the 1990s in Azerbaijan and Georgia, returns to the districts retaken,
shelling and border clashes, prisoners and the missing, mines, housing built for the
displaced), texts of 3 to 12 sentences as the governments, the ICRC, UNHCR, ombudsmen and the
wires report them. Fiscal years, dates, money, percentages, ages, durations, distances, areas
and numbers in names are marked as negatives. How the guideline was applied where it is silent:
README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in war2020.py, exodus2023.py, displaced_returns.py and
border_captives.py (imported below, in that order, so the build is deterministic). `item` (in
_wrap.py) collapses each text's whitespace to single spaces and hands it to figset's `F`.

    python eval/dev280/build.py            # write figures.jsonl and validate it
    python eval/dev280/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import war2020  # noqa: E402,F401
import exodus2023  # noqa: E402,F401
import displaced_returns  # noqa: E402,F401
import border_captives  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev280", HERE, "nb", 280, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
