"""Build eval/dev248/figures.jsonl from the hand-written items in the modules beside it.

A two-hundred-and-forty-eighth evaluation set for the figure extractor, written blind: child
soldiers, demobilisation and reintegration, 2014-2026 (South Sudan, the Central African
Republic, DR Congo, Somalia, Nigeria's north-east, Mali and Burkina Faso, Colombia, Yemen,
Myanmar, Syria's camps), texts of 3 to 12 sentences in the style of the wires, UNICEF, the UN
Secretary-General's annual report on children and armed conflict, DDR commissions, armies and
NGOs. Ages, grades, dates, money and percentages are marked as negatives; the figures are the
counts of children recruited, released, rescued or killed, of fighters surrendering and the
weapons they hand in, of ex-combatants in camps and programmes, of families reunited and of the
kits and cash given. How the guideline was applied where it is silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in ddr_central_east.py, ddr_sahel.py, ddr_americas_asia.py and
ddr_mideast.py (imported below, in that order, so the build is deterministic). `item` (in
_wrap.py) collapses each text's whitespace to single spaces and hands it to figset's `F`.

    python eval/dev248/build.py            # write figures.jsonl and validate it
    python eval/dev248/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import ddr_central_east  # noqa: E402,F401
import ddr_sahel  # noqa: E402,F401
import ddr_americas_asia  # noqa: E402,F401
import ddr_mideast  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev248", HERE, "ml", 248, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
