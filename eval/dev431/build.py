"""Build eval/dev431/figures.jsonl from the hand-written items in the modules beside it.

A four-hundred-and-thirty-first evaluation set for the figure extractor, written blind: the
Darién Gap and the road north, 2019-2026 (Panama's Darién jungle and the reception stations at
Lajas Blancas and San Vicente, Necoclí and Colombia's Urabá coast, Costa Rica and Honduras in
transit, Mexico's Tapachula and the caravans, the US border and CBP One, and the reverse flow
south in 2025), texts of 3 to 12 sentences in the style of the wires, the regional press and the
statements of Panama's migration service, the IOM, UNHCR, UNICEF, MSF, the Colombian and Mexican
authorities and US CBP. Years, dates, money, percentages, ages, durations, times, distances and
numbers in names are marked as negatives; the figures are the counts of migrants crossing,
children, the dead and missing, survivors of sexual violence, people detained, deported and
returned, and of flights, buses, boats, shelters and beds. How the guideline was applied where
it is silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in darien_panama.py, colombia_uraba.py, central_america_mexico.py
and us_border.py (imported below, in that order, so the build is deterministic). `item` (in
_wrap.py) collapses each text's whitespace to single spaces and hands it to figset's `F`.

    python eval/dev431/build.py            # write figures.jsonl and validate it
    python eval/dev431/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import darien_panama  # noqa: E402,F401
import colombia_uraba  # noqa: E402,F401
import central_america_mexico  # noqa: E402,F401
import us_border  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev431", HERE, "qf", 431, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
