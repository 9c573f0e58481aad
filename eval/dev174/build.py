"""Build eval/dev174/figures.jsonl from the hand-written items in the modules beside it.

A hundred-and-seventy-fourth evaluation set for the figure extractor, written blind:
landmines, cluster munitions, unexploded ordnance and ceasefire monitoring with their numbers,
2000-2026 (Ukraine, Cambodia, Laos, Angola, Afghanistan, Iraq, Syria, Yemen, Colombia,
Myanmar, Bosnia, Nagorno-Karabakh, Lebanon, Gaza, Western Sahara), as the wires, the
Landmine and Cluster Munition Monitor, the clearance charities, the OSCE monitors and the
regional press report them. Square kilometres, hectares, percentages, money, years, dates,
durations, ages, calibres, treaty article numbers and rankings are marked as negatives. How
the guideline was applied where it is silent: README.md, "Decisions". Four texts hold numbers
but no figure.

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in arts_casualties.py, arts_clearance.py, arts_ceasefire.py and
arts_monitor.py (imported below, in that order, so the build is deterministic). Each module
writes its texts as wrapped triple-quoted strings; `item` (in _wrap.py) collapses their
whitespace to single spaces and hands them to figset's `F`.

    python eval/dev174/build.py            # write figures.jsonl and validate it
    python eval/dev174/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import arts_casualties  # noqa: E402,F401
import arts_clearance  # noqa: E402,F401
import arts_ceasefire  # noqa: E402,F401
import arts_monitor  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev174", HERE, "ix", 174, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
