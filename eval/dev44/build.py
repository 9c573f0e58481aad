"""Build eval/dev44/figures.jsonl from the hand-written items in the modules beside it.

A forty-fourth evaluation set for the figure extractor, written blind: "live blogs, breaking
news and wire 'what we know' boxes". About 130 items in those formats: timestamped live-blog
entries ("14:05 GMT - ..."), "Key figures:" and "What we know:" lists of dashed bullets (some
with their source in brackets at the end), short BREAKING lines, updates that revise an earlier
toll, corrections, quotes with numbers, and breakdowns ("20 of them children"). Conflicts,
disasters and displacement; years, dates, times, ages, durations, percentages, money,
measurements, magnitudes, ordinals and numbers in names are marked as negatives.

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in arts_africa.py, arts_mideast.py, arts_asia.py and
arts_europe_americas.py (imported below, in that order, so the build is deterministic).

Figures are marked inline in each item (the marks: eval/figset/marks.py). Lines of an item are
joined with "\n" inside its `text`.

    python eval/dev44/build.py            # write figures.jsonl and validate it
    python eval/dev44/build.py --table    # also print all figures as a table
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
import arts_mideast  # noqa: E402,F401
import arts_asia  # noqa: E402,F401
import arts_europe_americas  # noqa: E402,F401

# isort: on

# items of 1 to 6 lines; the shared splitter counts sentences, not lines (a dashed bullet with
# no final stop runs on into the next), so the bounds are on characters and splitter sentences
CONFIG = SetConfig("dev44", HERE, "fj", 44, chars=(100, 500), sentences=(1, 6))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
