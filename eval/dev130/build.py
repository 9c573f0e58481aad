"""Build eval/dev130/figures.jsonl from the hand-written items in the modules beside it.

A hundred-and-thirtieth evaluation set for the figure extractor, written blind: whole articles
(6 to 16 sentences, 600 to 2,400 characters) on where people are after the crisis: camps, host
families, returns and relocations in Asia, the Middle East, the Americas and Europe's east,
2015-2026. The Rohingya in Cox's Bazar and on Bhasan Char, Afghans sent back from Pakistan and
Iran, Syrians going home from Lebanon and Turkey, Iraq's camps closing, Gaza's displaced moving
north and south, Lebanon's displaced in schools, Venezuelans across the Andes and at the Darien,
Haitians in Port-au-Prince sites and deported from the Dominican Republic, Myanmar's displaced,
Ukrainians in collective centres and coming home, Armenians from Karabakh, and flood and
typhoon evacuees in Pakistan and the Philippines. Years, dates, ages, durations, percentages,
money, distances, phone numbers and numbers in names are marked as negatives. How the
guideline was applied where it is silent: README.md, "Decisions". Six articles hold numbers
but no figure.

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in the five arts_*.py modules (imported below, in that order, so the
build is deterministic). Each module writes its texts as wrapped triple-quoted strings; `item`
(in _wrap.py) collapses their whitespace to single spaces and hands them to figset's `F`.

    python eval/dev130/build.py            # write figures.jsonl and validate it
    python eval/dev130/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import arts_rohingya  # noqa: E402,F401
import arts_asia  # noqa: E402,F401
import arts_levant  # noqa: E402,F401
import arts_americas  # noqa: E402,F401
import arts_europe  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev130", HERE, "ia", 130, chars=(600, 2400), sentences=(6, 16))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
