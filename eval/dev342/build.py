"""Build eval/dev342/figures.jsonl from the hand-written items in the modules beside it.

A three-hundred-and-forty-second evaluation set for the figure extractor, written blind: war
captivity in Ukraine and Russia, 2022-2026 (prisoners of war exchanged, bodies repatriated,
civilians held, the missing, children deported and brought back, soldiers who surrendered,
prisoners killed or tortured), texts of 3 to 12 sentences as Ukraine's coordination headquarters
for POWs, the ombudsmen of both countries, the UN monitoring mission, the ICRC, Bring Kids Back
UA and the wires report them. Dates, years, ages, times, durations, ordinals, money,
percentages and numbers in names are marked as negatives. How the guideline was applied where
it is silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in swaps.py, civilians.py, children.py and abuse.py (imported
below, in that order, so the build is deterministic). `item` (in _wrap.py) collapses each
text's whitespace to single spaces and hands it to figset's `F`.

    python eval/dev342/build.py            # write figures.jsonl and validate it
    python eval/dev342/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import swaps  # noqa: E402,F401
import civilians  # noqa: E402,F401
import children  # noqa: E402,F401
import abuse  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev342", HERE, "og", 342, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
