"""Build eval/dev393/figures.jsonl from the hand-written items in the modules beside it.

A three-hundred-and-ninety-third evaluation set for the figure extractor, written blind: the
central Mediterranean route, 2014-2026 (boats leaving Libya and Tunisia for Lampedusa and
Sicily, shipwrecks such as Cutro and Pylos, rescues by NGO ships and the Italian coastguard,
interceptions and returns to Libya, Tunisia's expulsions to the desert, Italy's centres in
Albania, detention in Libya), texts of 3 to 12 sentences in the style of the wires, the
agencies (IOM, UNHCR, Frontex), the Italian interior ministry and the rescue NGOs. Dates,
years, times, durations, ages, ordinals, money, percentages, distances and numbers in names
(ships, decrees) are marked as negatives; the figures are the people arriving, rescued,
intercepted and returned, dead and missing, detained, and the ships, boats, places and aid
counted. How the guideline was applied where it is silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in arrivals.py, wrecks.py, libya_tunisia.py and policy.py
(imported below, in that order, so the build is deterministic). `item` (in _wrap.py)
collapses each text's whitespace to single spaces and hands it to figset's `F`.

    python eval/dev393/build.py            # write figures.jsonl and validate it
    python eval/dev393/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import arrivals  # noqa: E402,F401
import wrecks  # noqa: E402,F401
import libya_tunisia  # noqa: E402,F401
import policy  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev393", HERE, "ph", 393, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
