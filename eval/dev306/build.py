"""Build eval/dev306/figures.jsonl from the hand-written items in the modules beside it.

A three-hundred-and-sixth evaluation set for the figure extractor, written blind: north-west and
north-central Nigeria, 2014-2026 (bandit raids and mass abductions in Zamfara, Katsina, Sokoto,
Kebbi, Kaduna and Niger; farmer-herder killings in Benue, Plateau and Nasarawa; villages burned,
people displaced to camps, ransoms, military operations and airstrikes), texts of 3 to 12
sentences as the police, state governments, SEMA, Amnesty, MSF and the wires report them.
Years, fiscal years, dates, times, ages, durations, ordinals, money (ransoms, budgets),
percentages, measurements and numbers in names are marked as negatives. How the guideline was
applied where it is silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in zamfara_katsina.py, kaduna_niger.py, benue_plateau.py and
response.py (imported below, in that order, so the build is deterministic). `item` (in
_wrap.py) collapses each text's whitespace to single spaces and hands it to figset's `F`.

    python eval/dev306/build.py            # write figures.jsonl and validate it
    python eval/dev306/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import zamfara_katsina  # noqa: E402,F401
import kaduna_niger  # noqa: E402,F401
import benue_plateau  # noqa: E402,F401
import response  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev306", HERE, "no", 306, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
