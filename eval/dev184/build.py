"""Build eval/dev184/figures.jsonl from the hand-written items in the modules beside it.

A blind figure-extraction set: the business, labour and economy desks of countries in crisis or
at war, 2014-2026 (Ukraine, Russia, Lebanon, Sudan, Yemen, Syria, Gaza and Israel, Myanmar,
Haiti, Venezuela, Sri Lanka, Pakistan, Nigeria, Ethiopia, Argentina). Jobs, strikes, closed and
relocated firms, fuel queues, power cuts, remittances, wages, prices, farmers and traders,
labour migrants, looted shops, ports and ships, customers. Money, prices, percentages, exchange
rates, barrels, megawatts, dates and years are marked as negatives. How the guideline was
applied where it is silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in desk_east.py, desk_south.py, desk_west.py and desk_extra.py
(imported below, in that order, so the build is deterministic). `item` (in _wrap.py) collapses each text's
whitespace to single spaces and hands it to figset's `F`.

    python eval/dev184/build.py            # write figures.jsonl and validate it
    python eval/dev184/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import desk_east  # noqa: E402,F401
import desk_south  # noqa: E402,F401
import desk_west  # noqa: E402,F401
import desk_extra  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev184", HERE, "lb", 184, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
