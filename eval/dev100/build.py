"""Build eval/dev100/figures.jsonl from the hand-written items in the modules beside it.

A hundredth evaluation set for the figure extractor, written blind: short wire items (a title
and 2 to 6 sentences) on the numbers of communal, ethnic and land violence and of everyday
disputes, 2016-2025, from Nigeria's middle belt, South Sudan, Kenya's North Rift, Ethiopia,
Sudan, DRC's Ituri, Cameroon, India (Manipur, Haryana), Pakistan (Kurram), Papua New Guinea,
Mexico, Brazil and Myanmar: people killed, injured, missing and abducted in clashes and raids,
livestock stolen, villages and houses burned, people displaced and in camps, arrests and
charges, vigilantes and security forces deployed, relief, returns after peace meetings; and the
numbers of the ordinary disputes, courts, markets, festivals and droughts of the same places.
Money, percentages, dates, years, ages, durations, ordinals, scores, measurements and numbers
in names are mixed in and marked as negatives; some items hold numbers but no figure. How the
guideline was applied where it is silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in the modules imported below, in that order, so the build is
deterministic. Each module writes its items as wrapped triple-quoted strings; `item` (in
_wrap.py) collapses their whitespace to single spaces and hands them to figset's `F`.

    python eval/dev100/build.py            # write figures.jsonl and validate it
    python eval/dev100/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import nigeria  # noqa: E402,F401
import south_sudan  # noqa: E402,F401
import kenya_ethiopia  # noqa: E402,F401
import sudan_ituri_cameroon  # noqa: E402,F401
import south_asia  # noqa: E402,F401
import pacific_americas  # noqa: E402,F401
import everyday_africa  # noqa: E402,F401
import everyday_elsewhere  # noqa: E402,F401
import ranges  # noqa: E402,F401
import no_figures  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev100", HERE, "hk", 100)

if __name__ == "__main__":
    sys.exit(run(CONFIG))
