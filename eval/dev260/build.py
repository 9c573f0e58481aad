"""Build eval/dev260/figures.jsonl from the hand-written items in the modules beside it.

A two-hundred-and-sixtieth evaluation set for the figure extractor, written blind: refugee
resettlement and humanitarian admission, 2014-2026 (UNHCR resettlement submissions and
departures, the US refugee ceiling and its suspension, Canada's and Australia's programmes,
Germany's admission of Afghans, Syrians resettled from Lebanon and Jordan, evacuation flights
from Libya to Rwanda and Niger, Ukrainians under temporary protection, community sponsorship),
texts of 3 to 12 sentences in the style of the wires, governments, UNHCR, IOM and NGOs.
Fiscal years, dates, money, percentages and ages are marked as negatives; the figures are the
people resettled, admitted, waiting, approved, flown out or stranded, the places pledged and
the cases submitted. How the guideline was applied where it is silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in resettle_unhcr.py, resettle_americas.py, resettle_europe.py and
resettle_asiapac.py (imported below, in that order, so the build is deterministic). `item` (in
_wrap.py) collapses each text's whitespace to single spaces and hands it to figset's `F`.

    python eval/dev260/build.py            # write figures.jsonl and validate it
    python eval/dev260/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import resettle_unhcr  # noqa: E402,F401
import resettle_americas  # noqa: E402,F401
import resettle_europe  # noqa: E402,F401
import resettle_asiapac  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev260", HERE, "mr", 260, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
