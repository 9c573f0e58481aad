"""Build eval/dev246/figures.jsonl from the hand-written items in the modules beside it.

A two-hundred-and-forty-sixth evaluation set for the figure extractor, written blind: weapons
seizures and smuggling interdictions, 2014-2026 (navies and coastguards stopping dhows off Yemen
and Somalia and boats off Libya, border guards on the Afghanistan-Pakistan, Iraq-Syria,
Libya-Niger and Mexico-US borders, police and army raids on arms caches in the Sahel, Nigeria,
Colombia, Haiti, the Philippines and Northern Ireland), texts of 3 to 12 sentences in the style
of navies' and CENTCOM's statements, customs, police and army communiqués, UN panels and the
wires. Calibres, weights, money, dates, distances, ages, durations, percentages and model numbers
(AK-47, RPG-7) are marked as negatives; the figures are the counts of people (smugglers
arrested, killed or on the run, crews, troops, people freed from traffickers), of households,
of structures and of things (rifles, rounds, launchers, drones and components, vehicles and
boats). How the guideline was applied where it is silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in seize_sea.py, seize_asia.py, seize_africa.py and
seize_americas.py (imported below, in that order, so the build is deterministic). `item` (in
_wrap.py) collapses each text's whitespace to single spaces and hands it to figset's `F`.

    python eval/dev246/build.py            # write figures.jsonl and validate it
    python eval/dev246/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import seize_sea  # noqa: E402,F401
import seize_asia  # noqa: E402,F401
import seize_africa  # noqa: E402,F401
import seize_americas  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev246", HERE, "mk", 246, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
