"""Build eval/dev310/figures.jsonl from the hand-written items in the modules beside it.

A three-hundred-and-tenth evaluation set for the figure extractor, written blind:
counter-terrorism and counter-insurgency operations, 2014-2026 (Pakistan's ISPR and CTDs,
Nigeria's Defence Headquarters and the Lake Chad basin, Burkina Faso, Niger and Mali, India's
security forces in Kashmir and the Maoist belt, the Philippines, Egypt's Sinai, Somalia and
AMISOM/ATMIS, Mozambique and Kenya), texts of 3 to 12 sentences as militaries, police,
ministries and the wires report them. Militants 'neutralised' or killed, suspects arrested,
soldiers and police killed or wounded, hideouts and camps destroyed, weapons recovered, hostages
freed and surrenders are the figures; fiscal years, dates, money, percentages, ages and unit
numbers are marked as negatives. How the guideline was applied where it is silent: README.md,
"Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in ct_pakistan.py, ct_nigeria_sahel.py, ct_india_philippines.py and
ct_sinai_somalia_mozambique.py (imported below, in that order, so the build is deterministic).
`item` (in _wrap.py) collapses each text's whitespace to single spaces and hands it to figset's
`F`.

    python eval/dev310/build.py            # write figures.jsonl and validate it
    python eval/dev310/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import ct_pakistan  # noqa: E402,F401
import ct_nigeria_sahel  # noqa: E402,F401
import ct_india_philippines  # noqa: E402,F401
import ct_sinai_somalia_mozambique  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev310", HERE, "nq", 310, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
