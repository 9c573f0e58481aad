"""Build eval/dev442/figures.jsonl from the hand-written items in the modules beside it.

A four-hundred-and-forty-second evaluation set for the figure extractor, written blind: Yemen and
the Houthis, 2015-2026 (the front lines of Marib, Taiz and Hodeidah; the Saudi-led, US and
Israeli strikes on Sanaa, Hodeidah and Saada; the Houthis' attacks on Red Sea shipping and on
Israel; landmines; detained UN and NGO staff, seized crews and prisoner swaps; migrants on the
route from the Horn of Africa; the displaced in Marib's camps; cholera and hunger), texts of 3 to
12 sentences in the register of the wires, the UN agencies, NGOs and the national press. Years,
dates, times, ages, durations, ordinals, percentages, fractions, money, measurements and numbers
in names are marked as negatives. How the guideline was applied where it is silent: README.md,
"Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in frontlines.py, sea_strikes.py, detainees.py and humanitarian.py
(imported below, in that order, so the build is deterministic). `item` (in _wrap.py) collapses
each text's whitespace to single spaces and hands it to figset's `F`.

    python eval/dev442/build.py            # write figures.jsonl and validate it
    python eval/dev442/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import frontlines  # noqa: E402,F401
import sea_strikes  # noqa: E402,F401
import detainees  # noqa: E402,F401
import humanitarian  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev442", HERE, "qo", 442, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
