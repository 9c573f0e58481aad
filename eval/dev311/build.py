"""Build eval/dev311/figures.jsonl from the hand-written items in the modules beside it.

A three-hundred-and-eleventh evaluation set for the figure extractor, written blind: the sea,
2014-2026 (the Red Sea and the Gulf of Aden, the Strait of Hormuz, the Black Sea, the Gulf of
Guinea, Somalia's coast, the Mediterranean, the Atlantic route and the Channel, the South China
Sea and the Sulu and Andaman seas): attacks on shipping, piracy, seafarers and rescues, in
texts of 3 to 12 sentences in the style of the wires, UKMTO, Ambrey, the IMO, navies,
shipowners and the ITF. Tonnage, dates, money, percentages, distances and speeds are marked as
negatives, with years, ages, durations, ordinals and numbers in names; the figures are the
counts of crews, seafarers, migrants, ships, containers, navies and the like. How the
guideline was applied where it is silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in sea_redsea.py, sea_blackmed.py, sea_africa.py and sea_asia.py
(imported below, in that order, so the build is deterministic). `item` (in _wrap.py) collapses
each text's whitespace to single spaces and hands it to figset's `F`.

    python eval/dev311/build.py            # write figures.jsonl and validate it
    python eval/dev311/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import sea_redsea  # noqa: E402,F401
import sea_blackmed  # noqa: E402,F401
import sea_africa  # noqa: E402,F401
import sea_asia  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev311", HERE, "nr", 311, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
