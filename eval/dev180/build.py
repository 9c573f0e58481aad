"""Build eval/dev180/figures.jsonl from the hand-written items in the modules beside it.

A hundred-and-eightieth evaluation set for the figure extractor, written blind: short news
texts (3 to 10 sentences) on deportations, expulsions, pushbacks and forced returns, 2014-2026,
with their numbers: Pakistan's and Iran's expulsions of Afghans, deportation flights from the
United States and Europe, Libya's, Tunisia's and Algeria's desert expulsions, the Dominican
Republic and Haiti, Saudi Arabia and Ethiopians, Rohingya returns, Syrians returning from
Lebanon, Turkey and Jordan, Ukrainian children brought back from Russia, Mexico and Central
America. Dates, years, durations, deadlines, percentages, money, ages, kilometres and rankings
are marked as negatives. How the guideline was applied where it is silent: README.md,
"Decisions". Five texts hold numbers but no figure.

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in arts_afghans.py, arts_americas.py, arts_africa_mideast.py and
arts_europe_asia.py (imported below, in that order, so the build is deterministic). Each module
writes its texts as wrapped triple-quoted strings; `item` (in _wrap.py) collapses their
whitespace to single spaces and hands them to figset's `F`.

    python eval/dev180/build.py            # write figures.jsonl and validate it
    python eval/dev180/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import arts_afghans  # noqa: E402,F401
import arts_americas  # noqa: E402,F401
import arts_africa_mideast  # noqa: E402,F401
import arts_europe_asia  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev180", HERE, "lv", 180, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
