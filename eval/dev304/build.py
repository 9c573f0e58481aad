"""Build eval/dev304/figures.jsonl from the hand-written items in the modules beside it.

A three-hundred-and-fourth evaluation set for the figure extractor, written blind: Ukraine's
war, 2022-2026 (civilians killed and injured as the UN monitoring mission counts them, missile
and drone strikes on cities, energy sites hit, evacuations from front-line towns, children
deported and brought back, prisoners of war exchanged, bodies returned, refugees abroad and
their returns), texts of 3 to 12 sentences in the style of the wires, the UN, Ukrainian
officials and governors, and the Russian defence ministry as the wires relay it. Fiscal years,
dates, times, durations, money, percentages, ages, measurements, ordinals and numbers in the
names of weapons are marked as negatives. How the guideline was applied where it is silent:
README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in strikes.py, energy_evacuation.py, captives.py and refugees.py
(imported below, in that order, so the build is deterministic). `item` (in _wrap.py) collapses
each text's whitespace to single spaces and hands it to figset's `F`.

    python eval/dev304/build.py            # write figures.jsonl and validate it
    python eval/dev304/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import strikes  # noqa: E402,F401
import energy_evacuation  # noqa: E402,F401
import captives  # noqa: E402,F401
import refugees  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev304", HERE, "nn", 304, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
