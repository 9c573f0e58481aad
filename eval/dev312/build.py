"""Build eval/dev312/figures.jsonl from the hand-written items in the modules beside it.

A three-hundred-and-twelfth evaluation set for the figure extractor, written blind: landmines,
cluster munitions and unexploded ordnance, 2014-2026 (Ukraine, Russia's border regions, the
South Caucasus, the Black Sea, Syria, Iraq, Yemen, Gaza, Lebanon, Afghanistan, Cambodia, Laos,
Vietnam, Myanmar, Sri Lanka, Kashmir, the Thai-Cambodian border, Colombia, Angola, Mozambique,
Zimbabwe, Libya, Somalia, Sudan, Tigray, Nigeria and the Sahel), texts of 3 to 12 sentences in
the style of the wires, broadcasters and national press reporting the Landmine Monitor, UNMAS,
HALO, MAG, the ICRC, national mine action centres and governments. Areas, dates, years, money,
percentages, ages, durations, measurements, ordinals, treaty years, articles and weapon names are
marked as negatives; the figures are the counts of people, families, homes and things. How the
guideline was applied where it is silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in mines_europe.py, mines_mideast.py, mines_asia.py and
mines_africa_americas.py (imported below, in that order, so the build is deterministic). `item`
(in _wrap.py) collapses each text's whitespace to single spaces and hands it to figset's `F`.

    python eval/dev312/build.py            # write figures.jsonl and validate it
    python eval/dev312/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import mines_europe  # noqa: E402,F401
import mines_mideast  # noqa: E402,F401
import mines_asia  # noqa: E402,F401
import mines_africa_americas  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev312", HERE, "nt", 312, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
