"""Build eval/dev369/figures.jsonl from the hand-written items in the modules beside it.

A three-hundred-and-sixty-ninth evaluation set for the figure extractor, written blind: the
Eastern Route from the Horn of Africa to Yemen and Saudi Arabia, 2014-2026 (Ethiopians and
Somalis crossing from Djibouti and Somalia by boat, capsizings off Yemen, smugglers forcing
migrants overboard, detention in Yemen and the Sanaa holding-centre fire of March 2021, killings
at the Saudi border, IOM's voluntary returns and Saudi deportation flights to Addis Ababa), in
texts of 3 to 12 sentences as IOM, UNHCR, Human Rights Watch, the Yemeni coastguard and the
wires report them. Dates, money, percentages, ages, times, durations, ordinals and measurements
are marked as negatives. How the guideline was applied where it is silent: README.md,
"Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in route_sea.py, route_yemen.py, route_border.py and
route_returns.py (imported below, in that order, so the build is deterministic). `item` (in
_wrap.py) collapses each text's whitespace to single spaces and hands it to figset's `F`.

    python eval/dev369/build.py            # write figures.jsonl and validate it
    python eval/dev369/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import route_sea  # noqa: E402,F401
import route_yemen  # noqa: E402,F401
import route_border  # noqa: E402,F401
import route_returns  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev369", HERE, "ov", 369, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
