"""Build eval/dev242/figures.jsonl from the hand-written items in the modules beside it.

A two-hundred-and-forty-second evaluation set for the figure extractor, written blind: mines
and mining towns in war and crisis, 2014-2026 (eastern DR Congo's coltan and gold around
Rubaya and Walikale, the gold sites of Burkina Faso, Mali and Niger, Sudan's gold mines,
Venezuela's Orinoco Mining Arc, the Amazon's illegal miners, Myanmar's jade and rare earths,
Mozambique's rubies and South Africa's zama zamas), texts of 3 to 12 sentences in the style of
the wires, mining ministries, the UN Group of Experts, police and NGOs. Tonnes, carats, grams,
kilograms, ounces, money, depths, dates, years, ages, durations and percentages are marked as
negatives; the figures are the counts of people, households, structures and things (trucks,
sites, pits, dredges, villages). How the guideline was applied where it is silent: README.md,
"Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in mines_congo.py, mines_sahel_sudan.py, mines_americas.py and
mines_asia_south.py (imported below, in that order, so the build is deterministic). `item` (in
_wrap.py) collapses each text's whitespace to single spaces and hands it to figset's `F`.

    python eval/dev242/build.py            # write figures.jsonl and validate it
    python eval/dev242/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import mines_congo  # noqa: E402,F401
import mines_sahel_sudan  # noqa: E402,F401
import mines_americas  # noqa: E402,F401
import mines_asia_south  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev242", HERE, "mi", 242, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
