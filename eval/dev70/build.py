"""Build eval/dev70/figures.jsonl from the hand-written items in the modules beside it.

A seventieth evaluation set for the figure extractor, written blind: war damage, destruction
and the front line's toll on places and on the people in them (2014-2025). Homes, apartment
blocks, schools, hospitals, mosques and churches destroyed or damaged (UNOSAT and other
satellite counts, Ukraine's regional administrations, Gaza's ministries, Sudan, Myanmar,
Nagorno-Karabakh, Tigray, Mariupol, Aleppo, Mosul, Raqqa, Marawi); power plants, substations,
water stations, wells and bridges hit and the people left without power or water; villages
razed; drones, missiles and shells launched and shot down; tanks and vehicles lost; rubble in
tonnes; mines and unexploded ordnance cleared; homes repaired, rebuilt and planned; and the
people killed, injured, missing under the rubble, displaced, sheltering and returning. Years,
dates, times, durations, ages, percentages, money, measurements (areas, distances, gigawatts,
kilovolts, calibres, a bomb's weight), ordinals and numbers in names (Kh-101, Shahed-136,
Unit 3, Operation 1027, M23) are marked as negatives. How the guideline was applied where it
is silent (damaged vs destroyed, infrastructure, drones, people without power, rubble, mines,
rebuilding, villages): README.md, "Decisions". Items of 1 to 5 sentences; eight hold numbers
but no figure.

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in arts_ukraine_air.py, arts_ukraine_front.py, arts_gaza_lebanon.py,
arts_syria_iraq.py, arts_africa.py and arts_asia_caucasus.py (imported below, in that order,
so the build is deterministic).

Figures are marked inline in each item (the marks: eval/figset/marks.py).

    python eval/dev70/build.py            # write figures.jsonl and validate it
    python eval/dev70/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import arts_ukraine_air  # noqa: E402,F401
import arts_ukraine_front  # noqa: E402,F401
import arts_gaza_lebanon  # noqa: E402,F401
import arts_syria_iraq  # noqa: E402,F401
import arts_africa  # noqa: E402,F401
import arts_asia_caucasus  # noqa: E402,F401

# isort: on

# items of 1 to 5 sentences (as the shared splitter counts them: a quoted sentence that ends
# inside the quote counts as one)
CONFIG = SetConfig("dev70", HERE, "fw", 70, chars=(100, 900), sentences=(1, 5))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
