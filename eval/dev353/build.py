"""Build eval/dev353/figures.jsonl from the hand-written items in the modules beside it.

A three-hundred-and-fifty-third evaluation set for the figure extractor, written blind: the
Korean peninsula, 2014-2026 (North Korean defectors arriving in the South and those sent back,
North Korean troops sent to Russia, their dead, wounded and the prisoners taken in Kursk, border
incidents along the DMZ and the sea border, abductees, separated families, detentions, floods
and food shortages), texts of 3 to 12 sentences as Seoul's unification and defence ministries,
the NIS, Ukraine's military, the UN agencies and the wires report them. Years, dates, ages,
times, durations, ordinals, percentages, money, measurements and numbers in names (missiles,
units, resolutions) are marked as negatives. How the guideline was applied where it is silent:
README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in korea_defectors.py, korea_kursk.py, korea_border.py and
korea_food.py (imported below, in that order, so the build is deterministic). `item` (in
_wrap.py) collapses each text's whitespace to single spaces and hands it to figset's `F`.

    python eval/dev353/build.py            # write figures.jsonl and validate it
    python eval/dev353/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import korea_defectors  # noqa: E402,F401
import korea_kursk  # noqa: E402,F401
import korea_border  # noqa: E402,F401
import korea_food  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev353", HERE, "on", 353, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
