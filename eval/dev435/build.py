"""Build eval/dev435/figures.jsonl from the hand-written items in the modules beside it.

A four-hundred-and-thirty-fifth evaluation set for the figure extractor, written blind: Iraq
after the Islamic State, 2017-2026 (Mosul's old city rebuilt, the camps in Nineveh, Anbar and
the Kurdistan Region closed in 2020-2024, Iraqis repatriated from Syria's al-Hol to the Jeddah 1
camp, mass graves exhumed, IS remnants in Kirkuk, Diyala, Anbar and the Hamrin mountains,
returns and secondary displacement, landmines and rubble; Sinjar left aside), texts of 3 to 12
sentences in the style of the wires, the UN agencies and the Iraqi and Kurdish press. Years,
dates, ages, durations, ordinals, percentages, money, measurements and numbers in names are
marked as negatives; the figures are the counts of people, families, houses, camps and things.
How the guideline was applied where it is silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in mosul.py, camps.py, alhol.py and remnants.py (imported below, in
that order, so the build is deterministic). `item` (in _wrap.py) collapses each text's
whitespace to single spaces and hands it to figset's `F`.

    python eval/dev435/build.py            # write figures.jsonl and validate it
    python eval/dev435/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import mosul  # noqa: E402,F401
import camps  # noqa: E402,F401
import alhol  # noqa: E402,F401
import remnants  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev435", HERE, "qj", 435, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
