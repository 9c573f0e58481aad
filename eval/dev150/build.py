"""Build eval/dev150/figures.jsonl from the hand-written items in the modules beside it.

A hundred-and-fiftieth evaluation set for the figure extractor, written blind: live-blog
entries and news-ticker items with their numbers, 2020-2026, wars, disasters, attacks and
unrest, as the live pages of the Guardian, the BBC, Al Jazeera, Sky News, CNN, the Kyiv
Independent, the Times of Israel, NDTV, ABC (Australia) and France 24 carry them: time stamps
and datelines, tolls that rise within the entry, corrections, clipped lines, counts relayed
from officials on camera or on social media. Time stamps, clock times, dates, durations,
ordinals, magnitudes, wind speeds, addresses, road and flight numbers, money and percentages
are marked as negatives. How the guideline was applied where it is silent: README.md,
"Decisions". A few entries hold numbers but no figure.

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in live_wars.py, live_disasters.py, live_attacks.py and
live_unrest.py (imported below, in that order, so the build is deterministic). Each module
writes its texts as wrapped triple-quoted strings; `item` (in _wrap.py) collapses their
whitespace to single spaces and hands them to figset's `F`.

    python eval/dev150/build.py            # write figures.jsonl and validate it
    python eval/dev150/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import live_wars  # noqa: E402,F401
import live_disasters  # noqa: E402,F401
import live_attacks  # noqa: E402,F401
import live_unrest  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev150", HERE, "il", 150, chars=(120, 1800), sentences=(2, 10))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
