"""Build eval/dev318/figures.jsonl from the hand-written items in the modules beside it.

A three-hundred-and-eighteenth evaluation set for the figure extractor, written blind: Afghans
sent home from Iran and Pakistan, 2021-2026 (deportations, "voluntary" returns and pushbacks
through Torkham, Spin Boldak and Islam Qala, families at border reception centres, undocumented
people arrested and held before removal, returnees given cash and food, the Afghans still in
Pakistan and Iran, and returnees displaced again by the 2025 earthquakes), texts of 3 to 12
sentences in the style of the wires, UNHCR, IOM, the Taliban's refugee ministry, Pakistan's
interior ministry and Iranian officials. Dates, money, percentages, ages, distances, durations,
magnitudes and numbers in names are marked as negatives. How the guideline was applied where it
is silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in from_pakistan.py, from_iran.py, at_the_border.py and
back_home.py (imported below, in that order, so the build is deterministic). `item` (in
_wrap.py) collapses each text's whitespace to single spaces and hands it to figset's `F`.

    python eval/dev318/build.py            # write figures.jsonl and validate it
    python eval/dev318/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import from_pakistan  # noqa: E402,F401
import from_iran  # noqa: E402,F401
import at_the_border  # noqa: E402,F401
import back_home  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev318", HERE, "ns", 318, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
