"""Build eval/dev296/figures.jsonl from the hand-written items in the modules beside it.

A two-hundred-and-ninety-sixth evaluation set for the figure extractor, written blind: fires,
floods and storms in camps for displaced people, 2014-2026 (fires in Cox's Bazar, Moria and
north-west Syria, floods in Somali and Sudanese sites, storms over tent camps, evictions from
informal sites), texts of 3 to 12 sentences in the style of the wires, camp managers, UNHCR,
the IOM, the CCCM cluster and NGOs. Years, dates, fiscal years, times, durations, ages, money,
percentages, measurements, ordinals and numbers in names (camp numbers, sectors, signals) are
marked as negatives; the figures are the counts of people, households, shelters and things.
How the guideline was applied where it is silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in camps_rohingya.py, camps_europe_levant.py, camps_syria_yemen.py
and camps_africa.py (imported below, in that order, so the build is deterministic). `item` (in
_wrap.py) collapses each text's whitespace to single spaces and hands it to figset's `F`.

    python eval/dev296/build.py            # write figures.jsonl and validate it
    python eval/dev296/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import camps_rohingya  # noqa: E402,F401
import camps_europe_levant  # noqa: E402,F401
import camps_syria_yemen  # noqa: E402,F401
import camps_africa  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev296", HERE, "nj", 296, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
