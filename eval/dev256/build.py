"""Build eval/dev256/figures.jsonl from the hand-written items in the modules beside it.

A two-hundred-and-fifty-sixth evaluation set for the figure extractor, written blind: counting
the war dead from open sources, 2014-2026 (Russia's losses counted from obituaries and
cemeteries, Ukraine's fallen counted by memorial projects, Gaza's dead listed by name, Sudan's
and Tigray's dead estimated by surveys, Syria's counted by monitors, Yemen's by ACLED, and the
missing, prisoners, wounded and amputees beside them), texts of 3 to 12 sentences in the
register of researchers, journalists, ministries and the wires. Dates, ages, percentages,
money, rates, durations and numbers in names are marked as negatives. How the guideline was
applied where it is silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in dead_ukraine.py, dead_mideast.py, dead_africa.py and
dead_asia.py (imported below, in that order, so the build is deterministic). `item` (in
_wrap.py) collapses each text's whitespace to single spaces and hands it to figset's `F`.

    python eval/dev256/build.py            # write figures.jsonl and validate it
    python eval/dev256/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import dead_ukraine  # noqa: E402,F401
import dead_mideast  # noqa: E402,F401
import dead_africa  # noqa: E402,F401
import dead_asia  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev256", HERE, "mp", 256, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
