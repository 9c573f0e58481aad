"""Build eval/dev154/figures.jsonl from the hand-written items in the modules beside it.

A hundred-and-fifty-fourth evaluation set for the figure extractor, written blind:
anniversaries, memorials, retrospectives and obituaries with their numbers, 2015-2026, all
regions. Short wire items (3 to 5 sentences) and whole articles (up to 14 sentences) recall a
war's, massacre's, attack's or disaster's toll as today's news tells it (the killed, displaced
and still missing then, the homes destroyed, the survivors and families gathering now, the
remains identified since, the reconstruction), museum and memorial openings, exhumations and
reburials, and obituaries of survivors, rescuers, commanders and reporters. Years, decades,
dates, ages, durations, ordinals, centuries, money and percentages are mixed in and marked as
negatives. How the guideline was applied where it is silent: README.md, "Decisions". Five
texts hold numbers but no figure.

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in anniv_wars.py, anniv_attacks.py, memorials.py and obits.py
(imported below, in that order, so the build is deterministic). Each module writes its texts
as wrapped triple-quoted strings; `item` (in _wrap.py) collapses their whitespace to single
spaces and hands them to figset's `F`.

    python eval/dev154/build.py            # write figures.jsonl and validate it
    python eval/dev154/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import anniv_wars  # noqa: E402,F401
import anniv_attacks  # noqa: E402,F401
import memorials  # noqa: E402,F401
import obits  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev154", HERE, "in", 154, chars=(200, 2200), sentences=(3, 14))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
