"""Build eval/dev54/figures.jsonl from the hand-written items in the modules beside it.

A fifty-fourth evaluation set for the figure extractor, written blind: statistics and data
reports on displacement, migration, casualties and humanitarian needs, and the news written
from them (UNHCR Global Trends and mid-year figures, IDMC, OCHA dashboards and response plans,
IOM's Missing Migrants Project and DTM rounds, Eurostat and EUAA asylum statistics, Frontex,
US CBP and ICE, UNRWA and WHO situation reports, ACLED and OHCHR casualty summaries, UNICEF,
WFP and the IPC, Save the Children and MSF). About 120 items of 1 to 5 sentences, dense with
cumulative totals, changes on earlier totals, shares, ratios, rankings, reporting periods,
appeals and funding gaps, and breakdowns by country and group; a few items hold only economy
or health numbers. Years, dates, periods, durations, ages, percentages, ratios and fractions,
money, measurements, ordinals and numbers in names are marked as negatives.

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in arts_refugees.py, arts_migration.py, arts_casualties.py and
arts_humanitarian.py (imported below, in that order, so the build is deterministic).

Figures are marked inline in each item (the marks: eval/figset/marks.py).

    python eval/dev54/build.py            # write figures.jsonl and validate it
    python eval/dev54/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import arts_refugees  # noqa: E402,F401
import arts_migration  # noqa: E402,F401
import arts_casualties  # noqa: E402,F401
import arts_humanitarian  # noqa: E402,F401

# isort: on

# items of 1 to 5 sentences (as the shared splitter counts them: a quoted sentence that ends
# inside the quote counts as one)
CONFIG = SetConfig("dev54", HERE, "fo", 54, chars=(100, 800), sentences=(1, 5))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
