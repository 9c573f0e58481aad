"""Build eval/dev321/figures.jsonl from the hand-written items in the modules beside it.

A three-hundred-and-twenty-first evaluation set for the figure extractor, written blind: the
Americas on the move, 2015-2026 (Venezuelans leaving, the Darién Gap, Central American
caravans, the US-Mexico border, Haitians deported, Colombia's and Peru's migrants), texts of 3
to 12 sentences in the style of the wires, the agencies (UNHCR, IOM, R4V, UNICEF), Panama's
migration service, US CBP and ICE and the region's governments. People crossing, encounters and
apprehensions, deportation and repatriation flights, migrants in shelters and stranded in
Mexico, the dead and missing on the route, children travelling alone and those given
protection or legal status are the figures; fiscal years, dates, money, percentages, ages,
durations, distances and numbers in names are marked as negatives. How the guideline was
applied where it is silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in exodus_venezuela.py, darien.py, border.py and caravans_haiti.py
(imported below, in that order, so the build is deterministic). `item` (in _wrap.py) collapses
each text's whitespace to single spaces and hands it to figset's `F`.

    python eval/dev321/build.py            # write figures.jsonl and validate it
    python eval/dev321/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import exodus_venezuela  # noqa: E402,F401
import darien  # noqa: E402,F401
import border  # noqa: E402,F401
import caravans_haiti  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev321", HERE, "nx", 321, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
