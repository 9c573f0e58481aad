"""Build eval/dev335/figures.jsonl from the hand-written items in the modules beside it.

A three-hundred-and-thirty-fifth evaluation set for the figure extractor, written blind:
Cameroon, 2016-2026 (the Anglophone North-West and South-West and the separatist "Ambazonia"
fighters, Boko Haram in the Far North, Central African and Nigerian refugees, and Cameroonians
who fled to Nigeria and Chad), texts of 3 to 12 sentences in the style of the wires, OCHA,
UNHCR, Human Rights Watch, the government and the Catholic church. Years, dates, times,
durations, ages, ordinals, percentages, money, measurements and numbers in names are marked as
negatives; the figures are the counts of people, households, buildings and things. How the
guideline was applied where it is silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in od_northwest.py, od_southwest.py, od_farnorth.py and
od_refugees.py (imported below, in that order, so the build is deterministic). `item` (in
_wrap.py) collapses each text's whitespace to single spaces and hands it to figset's `F`.

    python eval/dev335/build.py            # write figures.jsonl and validate it
    python eval/dev335/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import od_northwest  # noqa: E402,F401
import od_southwest  # noqa: E402,F401
import od_farnorth  # noqa: E402,F401
import od_refugees  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev335", HERE, "od", 335, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
