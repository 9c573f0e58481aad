"""Build eval/dev313/figures.jsonl from the hand-written items in the modules beside it.

A three-hundred-and-thirteenth evaluation set for the figure extractor, written blind: Ethiopia,
2020-2026 (Tigray, Amhara, Afar, Oromia and the Somali region; the Tigray war, the Pretoria truce,
the Fano and OLA insurgencies, drought and hunger, Eritrean and other refugees), texts of 3 to 12
sentences in the style of the wires, OCHA and WFP updates, the EHRC, Amnesty and HRW. The figures
are the people killed and wounded, displaced and returned, detained, abducted and missing, aid
trucks and rations, people in need, health facilities and homes destroyed, and combatants
demobilised. Years (Gregorian and Ethiopian calendar), dates, money, percentages, ages,
durations, ordinals and measurements are marked as negatives. How the guideline was applied
where it is silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in tigray.py, amhara_afar.py, oromia_somali.py and
hunger_refugees.py (imported below, in that order, so the build is deterministic). `item` (in
_wrap.py) collapses each text's whitespace to single spaces and hands it to figset's `F`.

    python eval/dev313/build.py            # write figures.jsonl and validate it
    python eval/dev313/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import tigray  # noqa: E402,F401
import amhara_afar  # noqa: E402,F401
import oromia_somali  # noqa: E402,F401
import hunger_refugees  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev313", HERE, "nv", 313, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
