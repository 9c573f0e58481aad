"""Build eval/dev337/figures.jsonl from the hand-written items in the modules beside it.

A three-hundred-and-thirty-seventh evaluation set for the figure extractor, written blind:
Israel's home front, 2023-2026 (October 7 and the hostages, rockets and missiles from Gaza,
Lebanon, Yemen and Iran, the evacuated north and the Gaza border communities, reservists,
interceptions and the wounded), texts of 3 to 12 sentences in the style of the wires, the
Israeli and international press and the statements of the Israeli military, Magen David Adom,
the health and defence ministries and the hostages' families. Dates, money, percentages, ages,
times, durations, ordinals, measurements and numbers in names are marked as negatives. How the
guideline was applied where it is silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in hostages.py, missiles.py, north.py and homefront.py (imported
below, in that order, so the build is deterministic). `item` (in _wrap.py) collapses each
text's whitespace to single spaces and hands it to figset's `F`.

    python eval/dev337/build.py            # write figures.jsonl and validate it
    python eval/dev337/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import hostages  # noqa: E402,F401
import missiles  # noqa: E402,F401
import north  # noqa: E402,F401
import homefront  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev337", HERE, "of", 337, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
