"""Build eval/dev122/figures.jsonl from the hand-written items in the modules beside it.

A hundred-and-twenty-second evaluation set for the figure extractor, written blind: whole
articles (6 to 16 sentences, 600 to 2,400 characters) on people on the move and the places
that take them in, 2016-2026, all regions: evacuations, relocations, people stranded at borders
and in transit, arrivals, deportations and returns, resettlement, registration drives, camps,
reception centres and shelters with their capacities and occupancy, and the aid given to those
on the move. About three quarters are displacement by conflict, a quarter by disasters,
climate and economic migration. Money, dates, ages, durations, percentages, distances,
ordinals, phone hotlines and numbers in names are mixed in and marked as negatives. How the
guideline was applied where it is silent: README.md, "Decisions". Four articles hold numbers
but no figure.

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in the arts_*.py modules (imported below, in that order, so the
build is deterministic). Each module writes its texts as wrapped triple-quoted strings; `item`
(in _wrap.py) collapses their whitespace to single spaces and hands them to figset's `F`.

    python eval/dev122/build.py            # write figures.jsonl and validate it
    python eval/dev122/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import arts_levant  # noqa: E402,F401
import arts_europe  # noqa: E402,F401
import arts_africa  # noqa: E402,F401
import arts_asia  # noqa: E402,F401
import arts_hazards  # noqa: E402,F401
import arts_migrants  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev122", HERE, "hv", 122, chars=(600, 2400), sentences=(6, 16))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
