"""Build eval/dev60/figures.jsonl from the hand-written items in the modules beside it.

A sixtieth evaluation set for the figure extractor, written blind: elections, protests and
crackdowns, among the numbers of politics. Tolls of post-election violence and protest
crackdowns from rival sources (police, opposition, rights groups), detained and released
protesters, injured police next to injured protesters, candidates killed over a campaign
(running totals), people displaced by post-election clashes, security forces deployed for
polls, polling stations and party offices burned. Votes, vote shares, seats and posts, turnout,
percentages, money, years, dates, times, ages, durations, case numbers, article and section
numbers and party or movement names with numbers are marked as negatives; counts of the people
and things of a vote (registered voters, candidates, observers, polling stations, ballots) are
figures of category `other` (see README.md). About 110 items of 2 to 5 sentences; six hold
numbers but no figure.

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in arts_americas.py, arts_africa.py, arts_asia.py and
arts_eurasia.py (imported below, in that order, so the build is deterministic).

Figures are marked inline in each item (the marks: eval/figset/marks.py).

    python eval/dev60/build.py            # write figures.jsonl and validate it
    python eval/dev60/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import arts_americas  # noqa: E402,F401
import arts_africa  # noqa: E402,F401
import arts_asia  # noqa: E402,F401
import arts_eurasia  # noqa: E402,F401

# isort: on

# items of 1 to 5 sentences (as the shared splitter counts them: a quoted sentence that ends
# inside the quote counts as one)
CONFIG = SetConfig("dev60", HERE, "fr", 60, chars=(100, 900), sentences=(1, 5))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
