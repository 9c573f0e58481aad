"""Build eval/dev166/figures.jsonl from the hand-written items in the modules beside it.

A hundred-and-sixty-sixth evaluation set for the figure extractor, written blind: power,
water, fuel, telecoms and transport under attack or failing, with their numbers, 2015-2026,
every region. Strikes on power plants, substations and grids, water systems cut, fuel depots
and pipelines hit, rail lines and bridges attacked, telecoms blackouts, repair crews killed,
generators and transformers delivered, and blackouts from storms, heat and grid failures
beside those from war, in the style of the wires, the Ukrainian, Pakistani and Nigerian press,
the humanitarian press and the energy trade press. Megawatts, percentages of capacity, hours
of power a day, kilometres, barrels per day, money, voltages, dates, times, durations and
years are marked as negatives. How the guideline was applied where it is silent: README.md,
"Decisions". Five texts hold numbers but no figure.

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in it_ukraine.py, it_mideast.py, it_africa.py, it_world.py and
it_weather.py (imported below, in that order, so the build is deterministic). Each module
writes its texts as wrapped triple-quoted strings; `item` (in _wrap.py) collapses their
whitespace to single spaces and hands them to figset's `F`.

    python eval/dev166/build.py            # write figures.jsonl and validate it
    python eval/dev166/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import it_ukraine  # noqa: E402,F401
import it_mideast  # noqa: E402,F401
import it_africa  # noqa: E402,F401
import it_world  # noqa: E402,F401
import it_weather  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev166", HERE, "it", 166, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
