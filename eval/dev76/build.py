"""Build eval/dev76/figures.jsonl from the hand-written items in the modules beside it.

A seventy-sixth evaluation set for the figure extractor, written blind: disasters, accidents
and hazards (2010-2025) as the wires, the national press and agency reports write them. People
killed, bodies recovered, injured, missing, trapped, rescued, evacuated, displaced, in
evacuation centres and homeless; people affected; houses, schools and hospitals destroyed or
damaged; livestock lost; relief (tents, food packs, tonnes, trucks); evacuation centres, relief
camps and what a vessel or a venue was meant to hold; tolls that rise, tolls broken down,
forecasts ("could affect up to"), and their sources (disaster agencies, ministers, governors,
police, the Red Cross and Red Crescent, the UN agencies). Events: earthquakes, volcanic
eruptions, floods, dam bursts, landslides, cyclones, typhoons and hurricanes, wildfires, heat
waves, cold snaps and drought, building and bridge collapses, crowd crushes and stampedes,
ferry and boat capsizes, a plane crash, train and bus crashes, mine disasters, fires and
explosions, a few where disaster meets war (a quake in rebel-held Syria, floods in Darfur's
camps and Gaza's tents). Years, dates, times, magnitudes, depths and distances, rainfall,
wind speeds, temperatures, hectares and acres, percentages, money, ages, durations, ordinals
and numbers in names (Category 5, Signal 8, Level 4, Flight 302, Boeing 737 MAX 8, COVID-19)
are marked as negatives. How the guideline was applied where it is silent: README.md,
"Decisions". Items of 1 to 5 sentences; eight hold numbers but no figure.

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in arts_quakes.py, arts_floods.py, arts_storms.py,
arts_fire_heat.py and arts_accidents.py (imported below, in that order, so the build is
deterministic). Each module writes its texts as wrapped triple-quoted strings; `item` (in
_wrap.py) collapses their whitespace to single spaces and hands them to figset's `F`.

Figures are marked inline in each item (the marks: eval/figset/marks.py).

    python eval/dev76/build.py            # write figures.jsonl and validate it
    python eval/dev76/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import arts_quakes  # noqa: E402,F401
import arts_floods  # noqa: E402,F401
import arts_storms  # noqa: E402,F401
import arts_fire_heat  # noqa: E402,F401
import arts_accidents  # noqa: E402,F401

# isort: on

# items of 1 to 5 sentences (as the shared splitter counts them: a quoted sentence that ends
# inside the quote counts as one)
CONFIG = SetConfig("dev76", HERE, "fz", 76, chars=(100, 900), sentences=(1, 5))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
