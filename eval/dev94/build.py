"""Build eval/dev94/figures.jsonl from the hand-written items in the modules beside it.

A ninety-fourth evaluation set for the figure extractor, written blind: whole articles (6 to
16 sentences, 600 to 2,400 characters) of an ordinary news day as a general world-news feed
delivers it, 2015-2025, all regions, in natural proportions: about a third conflict and
humanitarian stories, a third disasters, accidents, crime and health, a third politics,
economy, migration, science and culture. Money, dates, ages, durations, percentages,
measurements, scores, ordinals and numbers in names are mixed in and marked as negatives. How
the guideline was applied where it is silent: README.md, "Decisions". Five articles hold
numbers but no figure.

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in arts_conflict.py, arts_hazards.py and arts_affairs.py (imported
below, in that order, so the build is deterministic). Each module writes its texts as wrapped
triple-quoted strings; `item` (in _wrap.py) collapses their whitespace to single spaces and
hands them to figset's `F`.

    python eval/dev94/build.py            # write figures.jsonl and validate it
    python eval/dev94/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import arts_conflict  # noqa: E402,F401
import arts_hazards  # noqa: E402,F401
import arts_affairs  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev94", HERE, "hh", 94, chars=(600, 2400), sentences=(6, 16))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
