"""Build eval/dev425/figures.jsonl from the hand-written items in the modules beside it.

A four-hundred-and-twenty-fifth evaluation set for the figure extractor, written blind:
landmines, cluster munitions and unexploded ordnance, 2014-2026 (the Landmine Monitor and the
Cluster Munition Monitor, Cambodia, Laos, Vietnam, Myanmar, Afghanistan, Sri Lanka, Iraq, Syria,
Yemen, Gaza, Lebanon, Libya, Ukraine, Russia's Kursk region, Azerbaijan, the Balkans, Colombia,
Angola, Mozambique, Zimbabwe, Somalia, the Sudans, Mali, Western Sahara, Ethiopia, Nigeria, the
Falklands and eastern Congo), texts of 3 to 12 sentences in the style of the wires, the
monitors, the mine action centres, UNMAS, UNICEF and the clearance charities. People killed and
injured by mines and ordnance, deminers, devices found and destroyed, people at risk, survivors
assisted, returns and the camps near mined land are the figures; dates, years, ages, durations,
ordinals, areas in square kilometres or hectares, money, percentages, measurements and numbers
in names (K5, PMN-2, BLU-26, Article 5, M23) are marked as negatives. How the guideline was
applied where it is silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in mines_asia.py, mines_mideast.py, mines_europe.py and
mines_africa_americas.py (imported below, in that order, so the build is deterministic). `item`
(in _wrap.py) collapses each text's whitespace to single spaces and hands it to figset's `F`.

    python eval/dev425/build.py            # write figures.jsonl and validate it
    python eval/dev425/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import mines_asia  # noqa: E402,F401
import mines_mideast  # noqa: E402,F401
import mines_europe  # noqa: E402,F401
import mines_africa_americas  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev425", HERE, "qb", 425, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
