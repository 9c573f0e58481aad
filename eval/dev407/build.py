"""Build eval/dev407/figures.jsonl from the hand-written items in the modules beside it.

A four-hundred-and-seventh evaluation set for the figure extractor, written blind: Darfur, 2023-2026
(the RSF's killings of Masalit in El Geneina and Ardamata, the siege and fall of El Fasher, the
assault on Zamzam camp, famine in the camps, flight to Tawila and Chad, hospitals struck, aid
convoys blocked), texts of 3 to 12 sentences in the register of the wires, the Darfur Bar
Association, MSF, IOM's DTM, OCHA and the UN panel of experts. Dates, money, percentages, ages,
durations, ordinals, measurements and numbers in names are marked as negatives; the figures are
the counts of people killed, wounded, abducted, detained, missing, displaced and returned, of
fighters, of homes and health facilities, and of aid. How the guideline was applied where it is
silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in geneina.py, fasher.py, zamzam.py and aid_health.py (imported
below, in that order, so the build is deterministic). `item` (in _wrap.py) collapses each text's
whitespace to single spaces and hands it to figset's `F`.

    python eval/dev407/build.py            # write figures.jsonl and validate it
    python eval/dev407/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import geneina  # noqa: E402,F401
import fasher  # noqa: E402,F401
import zamzam  # noqa: E402,F401
import aid_health  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev407", HERE, "pn", 407, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
