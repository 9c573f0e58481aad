"""Build eval/dev329/figures.jsonl from the hand-written items in the modules beside it.

A three-hundred-and-twenty-ninth evaluation set for the figure extractor, written blind:
Somalia, 2014-2026 (al-Shabaab's bombings and the offensives against it, AMISOM, ATMIS and
AUSSOM, droughts and floods, evictions in Mogadishu, famine warnings), texts of 3 to 12
sentences in the style of the wires, the UN, OCHA, the NRC, the African Union mission and the
Somali and regional press. Dates, money, percentages, ages, times, durations, ordinals,
measurements and numbers in names are marked as negatives; the figures are the counts of
people killed, wounded, displaced, evicted, returned, missing, abducted and arrested, of
troops, militants and defectors, of homes, shelters, camps and sites, and of aid. How the
guideline was applied where it is silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in somalia_attacks.py, somalia_offensives.py, somalia_drought.py
and somalia_floods_camps.py (imported below, in that order, so the build is deterministic).
`item` (in _wrap.py) collapses each text's whitespace to single spaces and hands it to figset's
`F`.

    python eval/dev329/build.py            # write figures.jsonl and validate it
    python eval/dev329/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import somalia_attacks  # noqa: E402,F401
import somalia_offensives  # noqa: E402,F401
import somalia_drought  # noqa: E402,F401
import somalia_floods_camps  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev329", HERE, "ob", 329, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
