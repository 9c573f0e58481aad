"""Build eval/dev240/figures.jsonl from the hand-written items in the modules beside it.

A two-hundred-and-fortieth evaluation set for the figure extractor, written blind:
displacement and armed violence in Latin America and the Caribbean, 2014-2026 (Colombia's
Catatumbo, Cauca, Chocó, Arauca and Antioquia; Haiti's gang wars and the deportations from the
Dominican Republic; Mexico's Sinaloa, Chiapas, Michoacán and Guerrero; Honduras; Ecuador; Peru;
Venezuela's border; Brazil's favelas), texts of 3 to 12 sentences in the style of the wires,
the national press in translation and native English copy, and the bulletins of ombudsmen's
offices, IOM, UNHCR, OCHA and the ICRC. Dates, money, percentages, ages, distances, durations,
ordinals and numbers in the names of fronts, gangs, laws and roads are marked as negatives.
How the guideline was applied where it is silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in colombia.py, haiti_caribbean.py, mexico_central.py and
andes_brazil.py (imported below, in that order, so the build is deterministic). `item` (in
_wrap.py) collapses each text's whitespace to single spaces and hands it to figset's `F`.

    python eval/dev240/build.py            # write figures.jsonl and validate it
    python eval/dev240/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import colombia  # noqa: E402,F401
import haiti_caribbean  # noqa: E402,F401
import mexico_central  # noqa: E402,F401
import andes_brazil  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev240", HERE, "mh", 240, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
