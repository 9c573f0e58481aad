"""Build eval/dev210/figures.jsonl from the hand-written items in the modules beside it.

A two-hundred-and-tenth evaluation set for the figure extractor, written blind: life and
services in camps for refugees and displaced people, 2014-2026 (Bangladesh, Greece, Libya,
Jordan, Syria, Iraq, Kenya, Uganda, Somalia, Ethiopia, South Sudan, Chad, Sudan, Nigeria,
Mozambique, DR Congo), texts of 3 to 12 sentences in the style of the wires, UNHCR, IOM, the
clusters, NRC and MSF. How many people a camp was built for, holds or expects, arrivals a day,
latrines, water points, tents, shelters, schools, clinics, registration, relocations and
returns, fires, floods and outbreaks, deaths and births are the figures; litres per person,
percentages, money, areas, dates, durations, ages and numbers in names (Camp 11, M23,
COVID-19) are marked as negatives. How the guideline was applied where it is silent:
README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in camps_bangladesh_med.py, camps_mideast.py,
camps_east_africa.py and camps_sudan_west_central.py (imported below, in that order, so the
build is deterministic). `item` (in _wrap.py) collapses each text's whitespace to single
spaces and hands it to figset's `F`.

    python eval/dev210/build.py            # write figures.jsonl and validate it
    python eval/dev210/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import camps_bangladesh_med  # noqa: E402,F401
import camps_mideast  # noqa: E402,F401
import camps_east_africa  # noqa: E402,F401
import camps_sudan_west_central  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev210", HERE, "lo", 210, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
