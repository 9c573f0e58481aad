"""Build eval/dev58/figures.jsonl from the hand-written items in the modules beside it.

A fifty-eighth evaluation set for the figure extractor, written blind: official communiqués,
state media and translated wire copy about conflict and its consequences (defence ministries and
general staffs, military press offices such as Pakistan's ISPR and Nigeria's Defence
Headquarters, health ministries, interior and foreign ministries, governors and the state
agencies that carry them: TASS, Anadolu, Xinhua, IRNA, SANA, SUNA, PTI, ANI, the Saudi Press
Agency, the Philippine News Agency, Myanmar's state paper). Tallies in their own idiom:
neutralised, eliminated, liquidated, sent to hell, embraced martyrdom, destroyed up to N
personnel, surrendered; mixed lists of people and things, both sides' claims, running totals
next to the day's figures; exchanges of prisoners and bodies, evacuations of nationals, aid
convoys, returns organised by governments. About 125 items of 2 to 5 sentences; six hold
numbers but no figure. Years, dates, times, durations, ages, unit and brigade numbers,
operation names with numbers, heights, road numbers, calibres, aircraft and weapon names with
numbers, money, percentages, ordinals, distances and resolution numbers are marked as
negatives.

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in arts_fronts.py, arts_levant.py, arts_southasia.py,
arts_africa.py and arts_nationals.py (imported below, in that order, so the build is
deterministic).

Figures are marked inline in each item (the marks: eval/figset/marks.py).

    python eval/dev58/build.py            # write figures.jsonl and validate it
    python eval/dev58/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import arts_fronts  # noqa: E402,F401
import arts_levant  # noqa: E402,F401
import arts_southasia  # noqa: E402,F401
import arts_africa  # noqa: E402,F401
import arts_nationals  # noqa: E402,F401

# isort: on

# items of 1 to 5 sentences (as the shared splitter counts them: a quoted sentence that ends
# inside the quote counts as one)
CONFIG = SetConfig("dev58", HERE, "fq", 58, chars=(100, 900), sentences=(1, 5))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
