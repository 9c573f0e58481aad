"""Build eval/dev220/figures.jsonl from the hand-written items in the modules beside it.

A two-hundred-and-twentieth evaluation set for the figure extractor, written blind: hospitals,
morgues and health ministries counting the dead and wounded of attacks, 2014-2026 (Gaza, Israel,
Lebanon, Syria, Yemen, Iraq, Ukraine, Russia, Europe, Sudan, Nigeria, Somalia, Kenya, DR Congo,
the Sahel, Haiti, Afghanistan, Pakistan, Sri Lanka, Iran, India, Colombia, the Philippines),
texts of 3 to 12 sentences in the style of the wires, broadcasters and national press: bodies
received at morgues, patients admitted, operated on, discharged or transferred, children among
the dead, the wounded in critical condition, hospitals out of service, beds, blood donors, staff
killed, fuel for generators, tolls revised up or down. Years, dates, times, ages, durations,
ordinals, percentages, money, litres and other measurements are marked as negatives. How the
guideline was applied where it is silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in wards_mideast.py, wards_europe.py, wards_africa.py and
wards_asia_americas.py (imported below, in that order, so the build is deterministic). `item`
(in _wrap.py) collapses each text's whitespace to single spaces and hands it to figset's `F`.

    python eval/dev220/build.py            # write figures.jsonl and validate it
    python eval/dev220/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import wards_mideast  # noqa: E402,F401
import wards_europe  # noqa: E402,F401
import wards_africa  # noqa: E402,F401
import wards_asia_americas  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev220", HERE, "lt", 220, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
