"""Build eval/dev430/figures.jsonl from the hand-written items in the modules beside it.

A four-hundred-and-thirtieth evaluation set for the figure extractor, written blind: Russia's
Kursk, Belgorod and Bryansk border regions, 2022-2026 (the shelling of Belgorod city and
Shebekino, the Ukrainian incursion into the Kursk region in August 2024 and its end, Sudzha,
evacuations and temporary accommodation centres, residents missing or held, drones on villages,
the Bryansk raids, compensation), texts of 3 to 12 sentences in the style of the wires, the
governors' posts as the wires relay them, the Russian defence ministry, Ukraine's general staff,
the ICRC and the UN. Dates, money, percentages, ages, durations, distances and the numbers in
weapon names are marked as negatives; the figures are the counts of people, households, homes and
things. How the guideline was applied where it is silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in border_belgorod.py, border_kursk.py, border_bryansk.py and
border_aftermath.py (imported below, in that order, so the build is deterministic). `item` (in
_wrap.py) collapses each text's whitespace to single spaces and hands it to figset's `F`.

    python eval/dev430/build.py            # write figures.jsonl and validate it
    python eval/dev430/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import border_belgorod  # noqa: E402,F401
import border_kursk  # noqa: E402,F401
import border_bryansk  # noqa: E402,F401
import border_aftermath  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev430", HERE, "qe", 430, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
