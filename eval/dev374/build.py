"""Build eval/dev374/figures.jsonl from the hand-written items in the modules beside it.

A three-hundred-and-seventy-fourth evaluation set for the figure extractor, written blind:
Burkina Faso's blockaded towns and the Djibo siege, 2019-2026 (Djibo, Arbinda, Dori, Sebba,
Titao, Diapaga, Fada N'Gourma, Pama, Kantchari, Barsalogho, Kaya, Ouagadougou), texts of 3 to
12 sentences in the style of the wires, the agencies (CONASUR, OCHA, WFP, UNHCR, UNICEF, MSF),
rights groups and the national press: people killed, volunteers and soldiers killed, trucks and
convoys attacked, tonnes of food delivered, displaced people registered, schools closed. Years,
dates, times, durations, ages, money, percentages, measurements and numbers in names are marked
as negatives. How the guideline was applied where it is silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in djibo.py, east.py, centre_north.py and displaced.py (imported
below, in that order, so the build is deterministic). `item` (in _wrap.py) collapses each
text's whitespace to single spaces and hands it to figset's `F`.

    python eval/dev374/build.py            # write figures.jsonl and validate it
    python eval/dev374/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import djibo  # noqa: E402,F401
import east  # noqa: E402,F401
import centre_north  # noqa: E402,F401
import displaced  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev374", HERE, "ow", 374, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
