"""Build eval/dev102/figures.jsonl from the hand-written items in the modules beside it.

A hundred-and-second evaluation set for the figure extractor, written blind: short wire and
agency items (a title and 2 to 6 sentences), 2016-2025, on compound crises, disasters and
epidemics where a war already is: earthquakes in north-west Syria, Afghanistan, Myanmar and
Haiti; floods in the camps of Sudan, South Sudan, Somalia, Yemen, Nigeria, Chad, Gaza and
Libya's Derna; cyclones, landslides, fires and heatwaves among the displaced of Myanmar,
Mozambique, Bangladesh, Gaza, Syria and the Sahel; cholera, measles, Ebola, mpox and polio in
war zones; drought and hunger where armed groups block the roads. The dead and injured of the
disaster and of the fighting side by side, the displaced twice over, returnees hit again, the
cases and deaths of an epidemic, the people in need and the aid delivered. Money, percentages,
dates, years, ages, durations, magnitudes, rainfall and temperatures are mixed in and marked as
negatives. How the guideline was applied where it is silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in the six items_*.py modules (imported below, in that order, so
the build is deterministic). Each module writes its texts as wrapped triple-quoted strings;
`item` (in _wrap.py) collapses their whitespace to single spaces and hands them to figset's `F`.

    python eval/dev102/build.py            # write figures.jsonl and validate it
    python eval/dev102/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import items_quakes  # noqa: E402,F401
import items_floods  # noqa: E402,F401
import items_storms  # noqa: E402,F401
import items_epidemics  # noqa: E402,F401
import items_hunger  # noqa: E402,F401
import items_access  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev102", HERE, "hl", 102)

if __name__ == "__main__":
    sys.exit(run(CONFIG))
