"""Build eval/dev406/figures.jsonl from the hand-written items in the modules beside it.

A four-hundred-and-sixth evaluation set for the figure extractor, written blind:
Nagorno-Karabakh and the Armenian exodus, 2020-2026 (the 2020 war, the Lachin corridor
blockade, the September 2023 offensive and the flight of the Karabakh Armenians to Armenia, the
Stepanakert fuel depot explosion, housing and cash aid in Armenia, Azerbaijani returns to
Shusha and Aghdam, landmine casualties, the detained former leaders), texts of 3 to 12 sentences
in the style of the wires, the UN agencies and the national press of Armenia and Azerbaijan.
Dates, money, percentages, ages, durations, measurements and numbers in names are marked as
negatives; the figures are the counts of people, households, structures and things. How the
guideline was applied where it is silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in war2020.py, blockade.py, exodus.py and returns.py (imported
below, in that order, so the build is deterministic). `item` (in _wrap.py) collapses each text's
whitespace to single spaces and hands it to figset's `F`.

    python eval/dev406/build.py            # write figures.jsonl and validate it
    python eval/dev406/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import war2020  # noqa: E402,F401
import blockade  # noqa: E402,F401
import exodus  # noqa: E402,F401
import returns  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev406", HERE, "pm", 406, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
