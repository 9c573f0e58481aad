"""Build eval/dev138/figures.jsonl from the hand-written items in the modules beside it.

A hundred-and-thirty-eighth evaluation set for the figure extractor, written blind: local and
regional news of violence in Africa, the Middle East and Europe, 2015-2026, as the region's own
press writes it (raids, market and mosque attacks, drone and air strikes, shelling, ambushes,
highway kidnappings, herder-farmer clashes, militia fighting, bombings, riots, crackdowns and
their aftermath), from short items of 3 to 5 sentences to whole articles of up to 14. Years,
dates, times, ages, distances, money and ransoms, percentages and numbers in names are marked
as negatives. How the guideline was applied where it is silent: README.md, "Decisions". Four
texts hold numbers but no figure.

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in west.py, east.py, sudan_mena.py and europe.py (imported below,
in that order, so the build is deterministic). Each module writes its texts as wrapped
triple-quoted strings; `item` (in _wrap.py) collapses their whitespace to single spaces and
hands them to figset's `F`.

    python eval/dev138/build.py            # write figures.jsonl and validate it
    python eval/dev138/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import west  # noqa: E402,F401
import east  # noqa: E402,F401
import sudan_mena  # noqa: E402,F401
import europe  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev138", HERE, "if", 138, chars=(200, 2200), sentences=(3, 14))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
