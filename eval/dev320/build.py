"""Build eval/dev320/figures.jsonl from the hand-written items in the modules beside it.

A three-hundred-and-twentieth evaluation set for the figure extractor, written blind: disasters
that uproot people, 2014-2026 (the Türkiye-Syria earthquakes, the Afghan, Myanmar, Nepal,
Moroccan, Haitian and other quakes, Pakistan's 2022 floods, Derna's dam collapse, floods in the
Sahel, East Africa, Bangladesh and beyond, cyclones in Mozambique and Bangladesh, Philippine
typhoons, landslides and droughts), texts of 3 to 12 sentences in the style of the wires,
governments, disaster agencies, the IFRC, OCHA and IOM's DTM. Magnitudes, rainfall, wind
speeds, distances, dates, years, times, durations, ages, money and percentages are marked as
negatives; the figures are the counts of people killed, injured, missing, evacuated, displaced,
sheltered, helped and returned, and of homes, shelters and aid. How the guideline was applied
where it is silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in quakes.py, floods.py, storms.py and aftermath.py (imported
below, in that order, so the build is deterministic). `item` (in _wrap.py) collapses each
text's whitespace to single spaces and hands it to figset's `F`.

    python eval/dev320/build.py            # write figures.jsonl and validate it
    python eval/dev320/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import quakes  # noqa: E402,F401
import floods  # noqa: E402,F401
import storms  # noqa: E402,F401
import aftermath  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev320", HERE, "nw", 320, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
