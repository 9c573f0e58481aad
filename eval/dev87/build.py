"""Build eval/dev87/figures.jsonl from the hand-written items in the modules beside it.

An eighty-seventh evaluation set for the figure extractor, written blind: news items (3 to 10
sentences, 250 to 1,800 characters) on protests, riots, strikes and crackdowns, 2011-2025, from
all regions. The subject is crowds and their numbers: marchers and strikers as organisers and
police count them, people arrested, detained, charged and released, protesters and police
killed and injured, journalists detained, vehicles, shops and buildings burned, police and
troops deployed, tear-gas canisters, curfews, internet shutdowns, hunger strikers, unions,
petitions, votes and turnout; dates, times, ages, durations, percentages, money, distances and
article and law numbers are mixed in and marked as negatives. How the guideline was applied
where it is silent: README.md, "Decisions". Six items hold numbers but no figure.

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in arts_africa.py, arts_asia.py, arts_mideast_europe.py,
arts_americas.py and arts_nofigure.py (imported below, in that order, so the build is
deterministic). Each module writes its texts as wrapped triple-quoted strings; `item` (in
_wrap.py) collapses their whitespace to single spaces and hands them to figset's `F`.

Figures are marked inline in each item (the marks: eval/figset/marks.py).

    python eval/dev87/build.py            # write figures.jsonl and validate it
    python eval/dev87/build.py --table    # also print all figures as a table
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
import arts_asia  # noqa: E402,F401
import arts_mideast_europe  # noqa: E402,F401
import arts_americas  # noqa: E402,F401
import arts_nofigure  # noqa: E402,F401

# isort: on

# news items of 3 to 10 sentences (as the shared splitter counts them) and 250 to 1,800
# characters
CONFIG = SetConfig("dev87", HERE, "hd", 87, chars=(250, 1800), sentences=(3, 10))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
