"""Build eval/dev351/figures.jsonl from the hand-written items in the modules beside it.

A three-hundred-and-fifty-first evaluation set for the figure extractor, written blind: Iran,
2019-2026 (the November 2019 fuel protests, the 2022 Woman Life Freedom protests, executions
and prisoners, Afghans deported, the Israeli and US strikes of June 2025, Baluch militancy in
Sistan-Baluchestan), texts of 3 to 12 sentences in the style of the wires, broadcasters and
rights groups (Amnesty, Iran Human Rights, HRANA), Iran's judiciary and health ministry and the
UN. Dates, money, percentages, ages, sentences in years, durations and measurements are marked
as negatives; the figures are the counts of people, households, buildings and things. How the
guideline was applied where it is silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in iran_protests.py, iran_prisons.py, iran_strikes.py and
iran_borders.py (imported below, in that order, so the build is deterministic). `item` (in
_wrap.py) collapses each text's whitespace to single spaces and hands it to figset's `F`.

    python eval/dev351/build.py            # write figures.jsonl and validate it
    python eval/dev351/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import iran_protests  # noqa: E402,F401
import iran_prisons  # noqa: E402,F401
import iran_strikes  # noqa: E402,F401
import iran_borders  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev351", HERE, "ol", 351, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
