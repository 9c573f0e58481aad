"""Build eval/dev140/figures.jsonl from the hand-written items in the modules beside it.

A hundred-and-fortieth evaluation set for the figure extractor, written blind: situation
reports and key-figure summaries as news feeds syndicate them, 2014-2026, all regions. Short
feed entries (3 to 5 sentences) and long update summaries (up to 14 sentences) in the shapes
that ReliefWeb, OCHA flash updates, IOM DTM round reports, UNHCR operational updates, WFP and
UNICEF situation reports, IFRC DREF summaries and national disaster agencies use when their text
reaches a feed: "Key figures:" lines, semicolon lists, numbers in brackets, "approx." and
"est.", running totals and weekly changes, targets and people reached, sex and age breakdowns,
households beside individuals, sites and collective centres, returns and new arrivals, and the
dead, injured and missing of the event behind the crisis. Dates, reporting periods, round
numbers, phone numbers, money and appeal amounts, percentages, measurements and coordinates are
marked as negatives. How the guideline was applied where it is silent: README.md, "Decisions".
Four texts hold numbers but no figure.

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in sr_conflict.py, sr_moves.py, sr_hazards.py and sr_response.py
(imported below, in that order, so the build is deterministic). Each module writes its texts
as wrapped triple-quoted strings; `item` (in _wrap.py) collapses their whitespace to single
spaces and hands them to figset's `F`.

    python eval/dev140/build.py            # write figures.jsonl and validate it
    python eval/dev140/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import sr_conflict  # noqa: E402,F401
import sr_moves  # noqa: E402,F401
import sr_hazards  # noqa: E402,F401
import sr_response  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev140", HERE, "ig", 140, chars=(200, 2200), sentences=(3, 14))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
