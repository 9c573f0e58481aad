"""Build eval/dev146/figures.jsonl from the hand-written items in the modules beside it.

A hundred-and-forty-sixth evaluation set for the figure extractor, written blind: the numbers
of protests, riots and crackdowns, 2015-2026, all regions (election protests, fuel and price
riots, student and labour demonstrations, uprisings and their repression, curfews and internet
shutdowns), from short items of 3 to 5 sentences to whole articles of up to 13. Protesters
killed, injured, arrested, charged and released, the missing and the abducted, police and
soldiers deployed or hurt, buildings and vehicles burned, people displaced by the unrest and
the size of the crowds are annotated; dates, times, ages, durations, percentages, money,
prices, distances, vote tallies and numbers in names are marked as negatives. How the
guideline was applied where it is silent: README.md, "Decisions". Four texts hold numbers but
no figure.

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in the arts_*.py modules (imported below, in that order, so the
build is deterministic). Each module writes its texts as wrapped triple-quoted strings; `item`
(in _wrap.py) collapses their whitespace to single spaces and hands them to figset's `F`.

    python eval/dev146/build.py            # write figures.jsonl and validate it
    python eval/dev146/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import arts_africa  # noqa: E402,F401
import arts_south_asia  # noqa: E402,F401
import arts_east_asia  # noqa: E402,F401
import arts_mideast  # noqa: E402,F401
import arts_europe  # noqa: E402,F401
import arts_americas  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev146", HERE, "ij", 146, chars=(200, 2200), sentences=(3, 14))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
