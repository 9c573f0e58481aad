"""Build eval/dev62/figures.jsonl from the hand-written items in the modules beside it.

A sixty-second evaluation set for the figure extractor, written blind: migration at sea and
across borders, and the people displaced by conflict who move on (2013-2025). Boats in the
Mediterranean, the Channel and the Atlantic route to the Canaries, Rohingya in the Bay of
Bengal and the Andaman Sea, the Gulf of Aden and Yemen route, the Darien Gap and the US-Mexico
border, Belarus-Poland and the Balkans route, Libya and Tunisia, Sudanese into Chad, Egypt and
South Sudan, Afghans deported from Iran and Pakistan, Venezuelans through Colombia, Syrians
returning from Lebanon and Turkey. Dead, missing, bodies recovered, survivors and people
rescued, intercepted, pushed back, deported, arrivals, people stranded, in camps or detention,
refugees hosted, returnees, smugglers arrested, boats, centres and their capacity, projected
arrivals. Years, dates, times, durations, ages, boat lengths, distances, percentages, money,
ordinals, averages, phone numbers, laws and vessel names with numbers are marked as negatives.
How the guideline was applied where it is silent (rescued, intercepted, deported, arrivals,
boats): README.md, "Decisions". About 115 items of 1 to 5 sentences; eight hold numbers but
no figure.

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in arts_med.py, arts_atlantic.py, arts_asia.py, arts_americas.py,
arts_europe.py and arts_sudan_syria.py (imported below, in that order, so the build is
deterministic).

Figures are marked inline in each item (the marks: eval/figset/marks.py).

    python eval/dev62/build.py            # write figures.jsonl and validate it
    python eval/dev62/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import arts_med  # noqa: E402,F401
import arts_atlantic  # noqa: E402,F401
import arts_asia  # noqa: E402,F401
import arts_americas  # noqa: E402,F401
import arts_europe  # noqa: E402,F401
import arts_sudan_syria  # noqa: E402,F401

# isort: on

# items of 1 to 5 sentences (as the shared splitter counts them: a quoted sentence that ends
# inside the quote counts as one)
CONFIG = SetConfig("dev62", HERE, "fs", 62, chars=(100, 900), sentences=(1, 5))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
