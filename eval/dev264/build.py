"""Build eval/dev264/figures.jsonl from the hand-written items in the modules beside it.

A two-hundred-and-sixty-fourth evaluation set for the figure extractor, written blind: asylum
statistics and reception, 2014-2026 (monthly and yearly applications, first-instance decisions,
backlogs, arrivals by sea and land, reception centres over capacity, people sleeping rough,
transfers and relocations between states) as the EUAA, Eurostat, national asylum offices and
interior ministries, UNHCR, IOM and NGOs report them in Europe, the US, the UK, Australia,
Latin America and Africa, in texts of 3 to 12 sentences. Fiscal years, dates, money,
percentages, ages, durations and measurements are marked as negatives; the figures are the
counts of people, households, structures and things. How the guideline was applied where it is
silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in asylum_med.py, asylum_north.py, asylum_americas.py and
asylum_south.py (imported below, in that order, so the build is deterministic). `item` (in
_wrap.py) collapses each text's whitespace to single spaces and hands it to figset's `F`.

    python eval/dev264/build.py            # write figures.jsonl and validate it
    python eval/dev264/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import asylum_med  # noqa: E402,F401
import asylum_north  # noqa: E402,F401
import asylum_americas  # noqa: E402,F401
import asylum_south  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev264", HERE, "mt", 264, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
