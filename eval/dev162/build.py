"""Build eval/dev162/figures.jsonl from the hand-written items in the modules beside it.

A hundred-and-sixty-second evaluation set for the figure extractor, written blind: the defence
desk's numbers, 2014-2026, every region. Short articles (3 to 10 sentences) on troop
deployments and withdrawals, peacekeeping contingents, naval deployments and exercises, claims
of losses on both sides, prisoner exchanges, desertions, attacks on bases and outposts, arms
deliveries and military aid, force sizes, mobilisation, recruitment and conscription. Money,
percentages of GDP, calibres, ranges, model and unit numbers, resolutions, years, dates,
durations, ages and ordinals are mixed in and marked as negatives. How the guideline was
applied where it is silent: README.md, "Decisions". Five articles hold numbers but no figure.

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in deploy.py, seas.py, claims.py, attacks.py, arms.py, forces.py
and budgets.py (imported below, in that order, so the build is deterministic). Each module writes
its texts as wrapped triple-quoted strings; `item` (in _wrap.py) collapses their whitespace to
single spaces and hands them to figset's `F`.

    python eval/dev162/build.py            # write figures.jsonl and validate it
    python eval/dev162/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import deploy  # noqa: E402,F401
import seas  # noqa: E402,F401
import claims  # noqa: E402,F401
import attacks  # noqa: E402,F401
import arms  # noqa: E402,F401
import forces  # noqa: E402,F401
import budgets  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev162", HERE, "ir", 162, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
