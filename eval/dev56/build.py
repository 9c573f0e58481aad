"""Build eval/dev56/figures.jsonl from the hand-written items in the modules beside it.

A fifty-sixth evaluation set for the figure extractor, written blind: people on the move and
coming home, as local and national news reports it (the Kenyan, Nigerian, Pakistani, Indian,
Filipino, Colombian, Ukrainian, Lebanese, Syrian, Iraqi, Sudanese, Congolese, Mozambican,
Haitian, Bangladeshi, Turkish, Greek, Italian, Mexican and US local press and national
broadcasters): flight and evacuation, camps and shelters and what they can hold, evictions,
returns, repatriation convoys and deportations, resettlement and border crossings, and around
them homes destroyed, aid handed out, people trapped, the dead, injured, missing and abducted,
arrests and the fighters whose fighting drove people out. About 120 items of 1 to 5
sentences; six hold numbers but no figure. Years, dates, times, ages, durations, distances,
money, percentages, ordinals, road and route numbers, phone numbers, house numbers,
temperatures and numbers in names are marked as negatives.

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in arts_flight.py, arts_camps.py, arts_returns.py, arts_border.py
and arts_around.py (imported below, in that order, so the build is deterministic).

Figures are marked inline in each item (the marks: eval/figset/marks.py).

    python eval/dev56/build.py            # write figures.jsonl and validate it
    python eval/dev56/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import arts_flight  # noqa: E402,F401
import arts_camps  # noqa: E402,F401
import arts_returns  # noqa: E402,F401
import arts_border  # noqa: E402,F401
import arts_around  # noqa: E402,F401

# isort: on

# items of 1 to 5 sentences (as the shared splitter counts them: a quoted sentence that ends
# inside the quote counts as one)
CONFIG = SetConfig("dev56", HERE, "fp", 56, chars=(100, 900), sentences=(1, 5))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
