"""Build eval/dev230/figures.jsonl from the hand-written items in the modules beside it.

A two-hundred-and-thirtieth evaluation set for the figure extractor, written blind: returns
home, refugees and displaced people going back, 2014-2026 (Syrians after December 2024, Iraqis
to Sinjar and Mosul, Afghans from Iran and Pakistan, South Sudanese fleeing Sudan, Burundians
from Tanzania, IDPs in Ethiopia, DR Congo, Mozambique and Nigeria, Ukrainians from Poland,
Rohingya repatriation plans), texts of 3 to 12 sentences in the style of the wires, the
agencies and the national press. Years, dates, ages, durations, ordinals, percentages, money
(return packages and cash grants), distances and numbers in names are marked as negatives.
How the guideline was applied where it is silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in returns_mideast.py, returns_east_africa.py,
returns_central_west_africa.py and returns_europe_asia.py (imported below, in that order, so the
build is deterministic). `item` (in _wrap.py) collapses each text's whitespace to single spaces
and hands it to figset's `F`.

    python eval/dev230/build.py            # write figures.jsonl and validate it
    python eval/dev230/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import returns_mideast  # noqa: E402,F401
import returns_east_africa  # noqa: E402,F401
import returns_central_west_africa  # noqa: E402,F401
import returns_europe_asia  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev230", HERE, "mc", 230, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
