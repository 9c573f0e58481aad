"""Build eval/dev194/figures.jsonl from the hand-written items in the modules beside it.

A hundred-and-ninety-fourth evaluation set for the figure extractor, written blind: sport in
wartime and crisis, 2014-2026 (Ukraine, Russia, Gaza and Israel, Syria, Sudan, Yemen,
Afghanistan, Iraq, Myanmar, Haiti, Libya, Somalia, DR Congo, Lebanon), texts of 3 to 10
sentences in the style of the sport desks of the wires, broadcasters and national press.
Scores, goals, points, rankings, places, ages, times, distances, weights, medal counts, years,
dates, seasons, match counts and prize money are marked as negatives; the figures are the
counts of people, clubs, facilities and things. How the guideline was applied where it is
silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in sport_ukraine.py, sport_mideast.py, sport_africa.py and
sport_asia.py (imported below, in that order, so the build is deterministic). `item` (in
_wrap.py) collapses each text's whitespace to single spaces and hands it to figset's `F`.

    python eval/dev194/build.py            # write figures.jsonl and validate it
    python eval/dev194/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import sport_ukraine  # noqa: E402,F401
import sport_mideast  # noqa: E402,F401
import sport_africa  # noqa: E402,F401
import sport_asia  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev194", HERE, "lg", 194, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
