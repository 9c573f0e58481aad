"""Build eval/dev308/figures.jsonl from the hand-written items in the modules beside it.

A three-hundred-and-eighth evaluation set for the figure extractor, written blind: South Sudan,
2013-2026 (the civil war and its massacres, the Upper Nile and Jonglei clashes, cattle raids, the
Malakal and Bentiu protection sites, refugees to Uganda and Sudan, returns from Sudan after 2023,
floods in the war zone), texts of 3 to 12 sentences in the register of UNMISS, OCHA, UNHCR, IOM,
MSF, the government and the wires. Fiscal years, dates, money, percentages and ages are marked as
negatives, with years, durations, ordinals and measurements. How the guideline was applied where
it is silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in war_2013_2018.py, clashes_raids.py, sites_refugees.py and
returns_floods.py (imported below, in that order, so the build is deterministic). `item` (in
_wrap.py) collapses each text's whitespace to single spaces and hands it to figset's `F`.

    python eval/dev308/build.py            # write figures.jsonl and validate it
    python eval/dev308/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import war_2013_2018  # noqa: E402,F401
import clashes_raids  # noqa: E402,F401
import sites_refugees  # noqa: E402,F401
import returns_floods  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev308", HERE, "np", 308, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
