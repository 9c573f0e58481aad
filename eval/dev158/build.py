"""Build eval/dev158/figures.jsonl from the hand-written items in the modules beside it.

A hundred-and-fifty-eighth evaluation set for the figure extractor, written blind: the sea and
its numbers, 2015-2026, every ocean and region. Short wire texts (3 to 8 sentences) on migrant
boats capsized, intercepted or landed, search and rescue, ferry and fishing-boat disasters,
piracy and the kidnap of crews, attacks on merchant ships in wars, naval clashes, blockades,
ports struck and seafarers stranded or killed. Vessel names and hull numbers, nautical miles,
knots, tonnage, depths, dates, times, ages, durations, wave heights, money and percentages are
mixed in and marked as negatives. How the guideline was applied where it is silent: README.md,
"Decisions". Five texts hold numbers but no figure.

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in sea_med.py, sea_routes.py, sea_wrecks.py, sea_war.py and
sea_black.py (imported below, in that order, so the build is deterministic). Each module
writes its texts as wrapped triple-quoted strings; `item` (in _wrap.py) collapses their
whitespace to single spaces and hands them to figset's `F`.

    python eval/dev158/build.py            # write figures.jsonl and validate it
    python eval/dev158/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import sea_med  # noqa: E402,F401
import sea_routes  # noqa: E402,F401
import sea_wrecks  # noqa: E402,F401
import sea_war  # noqa: E402,F401
import sea_black  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev158", HERE, "ip", 158, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
