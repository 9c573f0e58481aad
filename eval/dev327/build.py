"""Build eval/dev327/figures.jsonl from the hand-written items in the modules beside it.

A three-hundred-and-twenty-seventh evaluation set for the figure extractor, written blind:
eastern Congo, 2022-2026 (the M23 and Rwanda's troops, the fall of Goma and Bukavu, the ADF in
Beni, Lubero and Ituri, CODECO, the Wazalendo, the camps around Goma closed and their people
sent back), texts of 3 to 12 sentences in the style of the wires, the UN and the aid agencies.
The dead and the wounded, the displaced and the returned, camps and sites, bodies buried,
prisoners escaped, peacekeepers and soldiers, aid delivered and warehouses looted, cholera and
mpox cases are the figures; years, dates, ages, times, durations, ordinals, percentages, money,
measurements and numbers in names (M23, resolutions, roads) are marked as negatives. How the
guideline was applied where it is silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in kivu_m23.py, camps_return.py, adf_ituri.py and
health_prisons.py (imported below, in that order, so the build is deterministic). `item` (in
_wrap.py) collapses each text's whitespace to single spaces and hands it to figset's `F`.

    python eval/dev327/build.py            # write figures.jsonl and validate it
    python eval/dev327/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import kivu_m23  # noqa: E402,F401
import camps_return  # noqa: E402,F401
import adf_ituri  # noqa: E402,F401
import health_prisons  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev327", HERE, "nz", 327, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
