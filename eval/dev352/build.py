"""Build eval/dev352/figures.jsonl from the hand-written items in the modules beside it.

A three-hundred-and-fifty-second evaluation set for the figure extractor, written blind:
Mexico's cartel wars and the people they uproot, 2018-2026 (Sinaloa's war between the Chapitos
and the Mayiza, Michoacán and Guerrero, Chiapas families fleeing to Guatemala, the disappeared,
the search collectives and clandestine graves, soldiers and police killed), texts of 3 to 12
sentences in the style of the wires, the Mexican national press in translation, the UNHCR and
Guatemalan officials. Dates, years, ages, times, durations, ordinals, percentages, money,
measurements and numbers in names are marked as negatives. How the guideline was applied where
it is silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in sinaloa.py, michoacan_guerrero.py, chiapas_guatemala.py and
disappeared.py (imported below, in that order, so the build is deterministic). `item` (in
_wrap.py) collapses each text's whitespace to single spaces and hands it to figset's `F`.

    python eval/dev352/build.py            # write figures.jsonl and validate it
    python eval/dev352/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import sinaloa  # noqa: E402,F401
import michoacan_guerrero  # noqa: E402,F401
import chiapas_guatemala  # noqa: E402,F401
import disappeared  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev352", HERE, "om", 352, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
