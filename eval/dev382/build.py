"""Build eval/dev382/figures.jsonl from the hand-written items in the modules beside it.

A three-hundred-and-eighty-second evaluation set for the figure extractor, written blind: Gaza's
hunger and the aid that reaches it, 2024-2026 (trucks through Kerem Shalom, Zikim and Rafah, the
pier and the airdrops, flour, food parcels, bakeries and community kitchens, the GHF's
distribution sites and the people killed, wounded, detained and missing near them and near the
convoys, deaths from malnutrition, the famine declared in Gaza City, children screened and
treated for acute malnutrition, the truces and the returns they allowed), texts of 3 to 12
sentences in the style of OCHA, WFP, UNICEF, the health ministry, COGAT, the GHF and the wires.
Dates, money, percentages, ages, durations, times, measurements, ordinals, fractions and numbers
in names are marked as negatives. How the guideline was applied where it is silent: README.md,
"Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in gaza_crossings.py, gaza_ghf.py, gaza_hunger.py and
gaza_kitchens.py (imported below, in that order, so the build is deterministic). `item` (in
_wrap.py) collapses each text's whitespace to single spaces and hands it to figset's `F`.

    python eval/dev382/build.py            # write figures.jsonl and validate it
    python eval/dev382/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import gaza_crossings  # noqa: E402,F401
import gaza_ghf  # noqa: E402,F401
import gaza_hunger  # noqa: E402,F401
import gaza_kitchens  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev382", HERE, "pa", 382, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
