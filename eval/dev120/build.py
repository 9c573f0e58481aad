"""Build eval/dev120/figures.jsonl from the hand-written items in the modules beside it.

A hundred-and-twentieth evaluation set for the figure extractor, written blind: whole articles
(6 to 16 sentences, 600 to 2,400 characters) that follow up attacks, battles, raids,
massacres, crackdowns and disasters, 2016-2026, all regions, and count what happened to
people: the dead and the bodies, the wounded, the missing, the trapped, the abducted and the
freed, the arrested and the released, fighters and troops, those who fled, sheltered or went
home, homes destroyed, aid and the capacity of shelters. About three quarters are armed
conflict, terrorism, unrest and displacement, a quarter disasters and accidents. Tolls are
revised, broken down, counted twice and disputed; some counts are written in words. How the
guideline was applied where it is silent: README.md, "Decisions". Four articles hold numbers
but no figure.

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in arts_terror.py, arts_war.py, arts_unrest.py and
arts_disaster.py (imported below, in that order, so the build is deterministic). Each module
writes its texts as wrapped triple-quoted strings; `item` (in _wrap.py) collapses their
whitespace to single spaces and hands them to figset's `F`.

One vague amount outside the guideline's table is added for this set only, in this process:
"a handful" (3 to 9), read like the table's other amounts without a number (README.md).

    python eval/dev120/build.py            # write figures.jsonl and validate it
    python eval/dev120/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402
from figset.words import VAGUE  # noqa: E402

VAGUE.insert(0, ("a handful", 3, 9))  # this set's reading of "a handful of" (README.md)

# The modules register their items as they are imported: their order is the set's.
# isort: off
import arts_terror  # noqa: E402,F401
import arts_war  # noqa: E402,F401
import arts_unrest  # noqa: E402,F401
import arts_disaster  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev120", HERE, "hu", 120, chars=(600, 2400), sentences=(6, 16))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
