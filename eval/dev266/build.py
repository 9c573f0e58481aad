"""Build eval/dev266/figures.jsonl from the hand-written items in the modules beside it.

A two-hundred-and-sixty-sixth evaluation set for the figure extractor, written blind: the Sahel
and the Lake Chad basin, 2014-2026 (Mali, Burkina Faso, Niger, north-east and north-west
Nigeria, Chad and Cameroon's Far North), texts of 3 to 12 sentences in the style of the wires,
the region's press, the juntas' and armies' communiqués and the reports of ACLED, the UN
agencies and MSF: jihadist and bandit attacks on villages, markets and army posts, and the
people killed, wounded, abducted, fleeing, displaced and returning, blockaded towns, closed
schools and health centres, soldiers and volunteers killed. Years, dates, fiscal years, money,
percentages, ages, times, durations, measurements and numbers in names are marked as
negatives. How the guideline was applied where it is silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in sahel_mali.py, sahel_burkina.py, sahel_niger_chad.py and
lakechad_nigeria_cameroon.py (imported below, in that order, so the build is deterministic).
`item` (in _wrap.py) collapses each text's whitespace to single spaces and hands it to
figset's `F`.

    python eval/dev266/build.py            # write figures.jsonl and validate it
    python eval/dev266/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import sahel_mali  # noqa: E402,F401
import sahel_burkina  # noqa: E402,F401
import sahel_niger_chad  # noqa: E402,F401
import lakechad_nigeria_cameroon  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev266", HERE, "mu", 266, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
