"""Build eval/dev272/figures.jsonl from the hand-written items in the modules beside it.

A two-hundred-and-seventy-second evaluation set for the figure extractor, written blind:
displacement statistics and annual reports, 2014-2026 (IDMC's Global Report on Internal
Displacement, UNHCR's Global Trends, IOM's Displacement Tracking Matrix rounds and Missing
Migrants Project, UNICEF, Eurostat and national statistics offices and ministries), and the
news the wires, broadcasters and national press write from them: stocks and flows, new
displacements against totals, records, returns, refugees hosted by country, stateless people,
children among them, figures by region and by cause. Texts of 3 to 12 sentences. Years, fiscal
years, dates, money, percentages, shares, ages, durations, ordinals, report rounds and numbers
in names are marked as negatives. How the guideline was applied where it is silent: README.md,
"Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in stats_global.py, stats_africa.py, stats_mideast.py and
stats_asia.py (imported below, in that order, so the build is deterministic). `item` (in
_wrap.py) collapses each text's whitespace to single spaces and hands it to figset's `F`.

    python eval/dev272/build.py            # write figures.jsonl and validate it
    python eval/dev272/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import stats_global  # noqa: E402,F401
import stats_africa  # noqa: E402,F401
import stats_mideast  # noqa: E402,F401
import stats_asia  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev272", HERE, "mx", 272, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
