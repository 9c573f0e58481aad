"""Build eval/dev276/figures.jsonl from the hand-written items in the modules beside it.

A two-hundred-and-seventy-sixth evaluation set for the figure extractor, written blind:
front-line evacuations in Ukraine and Russia's border regions, 2022-2026 (mandatory evacuations
of Donetsk, Kharkiv, Sumy, Zaporizhzhia, Kherson and Dnipropetrovsk towns, children evacuated,
people who refuse to leave, transit centres, evacuation trains and buses, Kursk, Belgorod and
Bryansk residents moved, shelling casualties), texts of 3 to 12 sentences as regional governors,
police, volunteers, charities, UN agencies and the wires report them. Years, dates, fiscal
years, money, percentages, ages, times, durations, distances, ordinals and numbers in names are
marked as negatives. How the guideline was applied where it is silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in evac_donetsk.py, evac_kharkiv_sumy.py, evac_russia_border.py and
evac_transit.py (imported below, in that order, so the build is deterministic). `item` (in
_wrap.py) collapses each text's whitespace to single spaces and hands it to figset's `F`.

    python eval/dev276/build.py            # write figures.jsonl and validate it
    python eval/dev276/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import evac_donetsk  # noqa: E402,F401
import evac_kharkiv_sumy  # noqa: E402,F401
import evac_russia_border  # noqa: E402,F401
import evac_transit  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev276", HERE, "mz", 276, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
