"""Build eval/dev172/figures.jsonl from the hand-written items in the modules beside it.

A hundred-and-seventy-second evaluation set for the figure extractor, written blind: the
missing, mass graves, exhumations, war-crimes courts and truth commissions, with their numbers,
1995-2026 (the Balkans, Chechnya, Ukraine, Sri Lanka, Cambodia, Syria, Iraq, Libya, Gaza,
Rwanda, Sudan, Ethiopia, Mexico, Colombia, Guatemala). Short news items of 3 to 10 sentences in
the style of the wires, BIRN/Balkan Insight, JusticeInfo.net, El País English, Al Jazeera, the
BBC, The Guardian, the Kyiv Independent and Syria Direct. Years of sentence, case and article
numbers, dates, anniversaries, ages, DNA percentages, money and durations are marked as
negatives. How the guideline was applied where it is silent: README.md, "Decisions". Four
texts hold numbers but no figure.

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in the five items_*.py modules (imported below, in that order, so
the build is deterministic). Each module writes its texts as wrapped triple-quoted strings;
`item` (in _wrap.py) collapses their whitespace to single spaces and hands them to figset's `F`.

    python eval/dev172/build.py            # write figures.jsonl and validate it
    python eval/dev172/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import items_balkans  # noqa: E402,F401
import items_east  # noqa: E402,F401
import items_mideast  # noqa: E402,F401
import items_africa  # noqa: E402,F401
import items_americas  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev172", HERE, "iw", 172, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
