"""Build eval/dev366/figures.jsonl from the hand-written items in the modules beside it.

A three-hundred-and-sixty-sixth evaluation set for the figure extractor, written blind: Idlib
and north-west Syria, 2015-2024 (the Russian-backed offensives of 2019-2020, barrel bombs and
airstrikes on markets and hospitals, the Turkish-backed factions, the camps along the Turkish
border, the February 2023 earthquake, the Bab al-Hawa crossing and its aid convoys, and HTS's
offensive of November 2024), texts of 3 to 12 sentences in the style of the wires, the
monitors (the White Helmets, the SOHR, the SNHR), OCHA, the UN and the Syrian Response
Coordination Group. Dates, years, times, ages, durations, ordinals, percentages, money,
magnitudes, distances, vote tallies and numbers in names (Resolution 2672, the M4 and M5
highways) are marked as negatives; the figures are the counts of people, families, buildings,
camps, tents, trucks and other things. How the guideline was applied where it is silent:
README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in offensive.py, camps.py, quake.py and hts.py (imported below, in
that order, so the build is deterministic). `item` (in _wrap.py) collapses each text's
whitespace to single spaces and hands it to figset's `F`.

    python eval/dev366/build.py            # write figures.jsonl and validate it
    python eval/dev366/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import offensive  # noqa: E402,F401
import camps  # noqa: E402,F401
import quake  # noqa: E402,F401
import hts  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev366", HERE, "os", 366, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
