"""Build eval/dev427/figures.jsonl from the hand-written items in the modules beside it.

A four-hundred-and-twenty-seventh evaluation set for the figure extractor, written blind: forced
displacement by cartels and armed groups in Mexico, 2019-2026 (Chiapas' Frontera Comalapa,
Chicomuselo, Tila and Pantelhó and the families who fled to Guatemala; Michoacán's Aguililla and
Tierra Caliente; Guerrero's sierra; Zacatecas; Sinaloa's Culiacán war of 2024-2025; Chihuahua and
Sonora; the disappeared and the clandestine graves; the National Guard and the army deployed),
texts of 3 to 12 sentences in the style of the Mexican and international press, the wires and
the statements of the Mexican government, state prosecutors, the CNDH, Centro Prodh, UNHCR and
Guatemalan authorities. Dates, years, ages, times, durations, money, percentages, measurements,
ordinals and numbers in names are marked as negatives; the figures are the counts of people,
households, structures and things. How the guideline was applied where it is silent: README.md,
"Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in chiapas.py, michoacan_guerrero.py, sinaloa_north.py and
national.py (imported below, in that order, so the build is deterministic). `item` (in
_wrap.py) collapses each text's whitespace to single spaces and hands it to figset's `F`.

    python eval/dev427/build.py            # write figures.jsonl and validate it
    python eval/dev427/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import chiapas  # noqa: E402,F401
import michoacan_guerrero  # noqa: E402,F401
import sinaloa_north  # noqa: E402,F401
import national  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev427", HERE, "qd", 427, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
