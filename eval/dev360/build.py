"""Build eval/dev360/figures.jsonl from the hand-written items in the modules beside it.

A three-hundred-and-sixtieth evaluation set for the figure extractor, written blind: Mindanao
and the Philippines, 2014-2026 (the Marawi siege of 2017 and its evacuees, the Bangsamoro
transition and the decommissioning of MILF fighters, Abu Sayyaf kidnappings and bombings in
Sulu and Basilan, NPA clashes and surrenders, typhoons and earthquakes that uproot evacuees,
and the West Philippine Sea stand-offs), texts of 3 to 12 sentences in the style of the wires
and the Philippine press, with the counts of the armed forces (AFP), the NDRRMC, the DSWD, the
BARMM and the police. Dates, money, percentages, ages, durations, measurements, ordinals and
numbers in names are marked as negatives. How the guideline was applied where it is silent:
README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in marawi.py, bangsamoro.py, sulu.py and npa_storms_sea.py
(imported below, in that order, so the build is deterministic). `item` (in _wrap.py) collapses
each text's whitespace to single spaces and hands it to figset's `F`.

    python eval/dev360/build.py            # write figures.jsonl and validate it
    python eval/dev360/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import marawi  # noqa: E402,F401
import bangsamoro  # noqa: E402,F401
import sulu  # noqa: E402,F401
import npa_storms_sea  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev360", HERE, "oq", 360, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
