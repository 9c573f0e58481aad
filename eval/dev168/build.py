"""Build eval/dev168/figures.jsonl from the hand-written items in the modules beside it.

A hundred-and-sixty-eighth evaluation set for the figure extractor, written blind: explainers,
"in numbers" boxes, Q&As and fact-checks of the tolls of wars, disasters and crises, 2014-2026,
in the style of the BBC, Al Jazeera, Reuters, AP, The Guardian, Vox, Full Fact, AFP Fact Check,
The Conversation and Deutsche Welle: 3 to 12 sentences each, several sources giving different
counts for the same thing, with years, dates, percentages, money, ratios, rankings, durations
and ages mixed in as negatives. How the guideline was applied where it is silent: README.md,
"Decisions". Five texts hold numbers but no figure.

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in explainers.py, boxes_war.py, boxes_crisis.py, qanda.py and
factchecks.py (imported below, in that order, so the build is deterministic). Each module
writes its texts as wrapped triple-quoted strings; `item` (in _wrap.py) collapses their
whitespace and hands them to figset's `F`.

    python eval/dev168/build.py            # write figures.jsonl and validate it
    python eval/dev168/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import explainers  # noqa: E402,F401
import boxes_war  # noqa: E402,F401
import boxes_crisis  # noqa: E402,F401
import qanda  # noqa: E402,F401
import factchecks  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev168", HERE, "iu", 168, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
