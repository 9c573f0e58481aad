"""Build eval/dev419/figures.jsonl from the hand-written items in the modules beside it.

A four-hundred-and-nineteenth evaluation set for the figure extractor, written blind: the
Israel-Iran war of June 2025 and the missiles on both home fronts (Israel's strikes on Iran's
nuclear sites and commanders, Iran's barrages on Tel Aviv, Bat Yam, Rehovot, Beersheba's Soroka
hospital and Haifa, the dead and wounded in Tehran and the provinces, the Evin prison strike,
Israelis sheltering and evacuated from damaged buildings and housed in hotels, foreigners leaving
Iran over land borders, arrests and executions for spying in Iran, the ceasefire and the year
after), texts of 3 to 12 sentences in the style of the wires, broadcasters and national press.
Dates, times, durations, ages, money, percentages, measurements and numbers in names are marked
as negatives; the figures are the counts of people killed, wounded, evacuated, housed, returned,
missing, held and arrested, of buildings damaged, of missiles and drones fired and intercepted,
and of the shelters, hotels and aid that took people in. How the guideline was applied where it
is silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in home_front.py, iran_front.py, barrages.py and evacuations.py
(imported below, in that order, so the build is deterministic). `item` (in _wrap.py) collapses
each text's whitespace to single spaces and hands it to figset's `F`.

    python eval/dev419/build.py            # write figures.jsonl and validate it
    python eval/dev419/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import home_front  # noqa: E402,F401
import iran_front  # noqa: E402,F401
import barrages  # noqa: E402,F401
import evacuations  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev419", HERE, "px", 419, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
