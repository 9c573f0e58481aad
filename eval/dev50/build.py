"""Build eval/dev50/figures.jsonl from the hand-written items in the modules beside it.

A fiftieth evaluation set for the figure extractor, written blind: "tolls that change, and
tolls broken down". About 130 items of 1 to 5 sentences in the style of wire and newspaper
copy, about how counts are revised, summed and split: raised, lowered and corrected tolls,
tolls rising through a day, rival counts from different sources, new counts against
cumulative totals and against last year's, breakdowns of a toll ("of whom 40 were children",
"two soldiers and five civilians"), parts of wholes and lists in prose. Years, dates, times,
ages, durations, percentages and fractions, money, measurements, ordinals, page, resolution
and section numbers, scores, phone numbers, vote counts, withdrawn values, differences between
counts and numbers in names are marked as negatives.

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in arts_revisions.py, arts_totals.py, arts_breakdowns.py and
arts_context.py (imported below, in that order, so the build is deterministic).

Figures are marked inline in each item (the marks: eval/figset/marks.py).

    python eval/dev50/build.py            # write figures.jsonl and validate it
    python eval/dev50/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import arts_revisions  # noqa: E402,F401
import arts_totals  # noqa: E402,F401
import arts_breakdowns  # noqa: E402,F401
import arts_context  # noqa: E402,F401

# isort: on

# items of 1 to 5 sentences (as the shared splitter counts them: a quoted sentence that ends
# inside the quote counts as one)
CONFIG = SetConfig("dev50", HERE, "fm", 50, chars=(100, 700), sentences=(1, 5))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
