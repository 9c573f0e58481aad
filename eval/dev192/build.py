"""Build eval/dev192/figures.jsonl from the hand-written items in the modules beside it.

A hundred-and-ninety-second evaluation set for the figure extractor, written blind: texts of
3 to 10 sentences on reparations, compensation, victims' registers, reconstruction and return
programmes after wars and disasters, 2014-2026 (Colombia, Ukraine, Iraq, Syria, Bosnia and
Kosovo, Nepal, Sri Lanka, Rwanda, Uganda, Sierra Leone, Guatemala, Peru, Lebanon, Gaza, Turkey,
Pakistan, the Philippines), in the style of the wires and of the region's own press. Money,
hectares, percentages, dates, years and the numbers in the names of laws, decrees, resolutions
and funds are marked as negatives. How the guideline was applied where it is silent:
README.md, "Decisions". Four texts hold numbers but no figure.

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in arts_victims.py, arts_rebuild.py and arts_return.py (imported
below, in that order, so the build is deterministic). Each module writes its texts as wrapped
triple-quoted strings; `item` (in _wrap.py) collapses their whitespace to single spaces and
hands them to figset's `F`.

    python eval/dev192/build.py            # write figures.jsonl and validate it
    python eval/dev192/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import arts_victims  # noqa: E402,F401
import arts_rebuild  # noqa: E402,F401
import arts_return  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev192", HERE, "lf", 192, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
