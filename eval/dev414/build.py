"""Build eval/dev414/figures.jsonl from the hand-written items in the modules beside it.

A four-hundred-and-fourteenth evaluation set for the figure extractor, written blind: Kenya's
refugee camps and al-Shabaab's raids on the coast and the north-east, 2014-2026 (Dadaab and
Kakuma, the plans to close them, the Shirika integration plan, new arrivals from Somalia and
South Sudan, the Garissa University attack, the Mpeketoni and Lamu raids, IEDs in Mandera and
Wajir, quarry workers and bus passengers killed, police and KDF operations in Boni forest,
drought and floods in the camps), texts of 3 to 12 sentences in the style of the wires, the
Kenyan press, UNHCR, MSF and the Kenya Red Cross. Dates, money, percentages, ages, times,
durations, ordinals, measurements and numbers in names are marked as negatives; the figures
are the counts of people, households, structures and things. How the guideline was applied
where it is silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in dadaab.py, kakuma.py, coast.py and northeast.py (imported
below, in that order, so the build is deterministic). `item` (in _wrap.py) collapses each
text's whitespace to single spaces and hands it to figset's `F`.

    python eval/dev414/build.py            # write figures.jsonl and validate it
    python eval/dev414/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import dadaab  # noqa: E402,F401
import kakuma  # noqa: E402,F401
import coast  # noqa: E402,F401
import northeast  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev414", HERE, "ps", 414, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
