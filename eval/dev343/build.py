"""Build eval/dev343/figures.jsonl from the hand-written items in the modules beside it.

A three-hundred-and-forty-third evaluation set for the figure extractor, written blind: the
occupied West Bank, 2022-2026 (army raids on the Jenin, Tulkarm and Nur Shams camps, settler
attacks, demolitions, detentions and administrative detention, Bedouin communities forced out,
checkpoints and gates), texts of 3 to 12 sentences in the style of the wires, the UN agencies'
updates and the rights groups' reports. Dates, years, ages, times, durations, ordinals,
percentages, money, measurements and numbers in names are marked as negatives; the figures are
the counts of people killed, wounded, displaced, returned, missing, held, detained and freed,
of troops, residents, homes and structures, of aid and of settlers, outposts, gates and attacks.
How the guideline was applied where it is silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in wb_camps.py, wb_settlers.py, wb_demolitions.py and
wb_detention.py (imported below, in that order, so the build is deterministic). `item` (in
_wrap.py) collapses each text's whitespace to single spaces and hands it to figset's `F`.

    python eval/dev343/build.py            # write figures.jsonl and validate it
    python eval/dev343/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import wb_camps  # noqa: E402,F401
import wb_settlers  # noqa: E402,F401
import wb_demolitions  # noqa: E402,F401
import wb_detention  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev343", HERE, "oh", 343, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
