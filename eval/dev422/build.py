"""Build eval/dev422/figures.jsonl from the hand-written items in the modules beside it.

A four-hundred-and-twenty-second evaluation set for the figure extractor, written blind:
Manipur's ethnic violence, India, 2023-2026 (the Meitei and Kuki-Zo clashes from May 2023 in
Imphal, Churachandpur, Kangpokpi, Bishnupur, Moreh and Jiribam; the buffer zones and the relief
camps; the displaced in Mizoram; the villages, houses, churches and temples burned; the weapons
looted from police armouries and recovered or surrendered; the internet ban; the army, the Assam
Rifles and the central forces; President's rule), texts of 3 to 12 sentences in the style of the
Indian wires and papers and the international wires, quoting the state government, the police,
the Supreme Court, tribal and Meitei bodies, Mizoram and the aid groups. Dates, years, times,
durations, ages, ordinals, money, percentages, measurements, scores and numbers in names are
marked as negatives; the figures are the counts of people, households, structures and things.
How the guideline was applied where it is silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in manipur_outbreak.py, manipur_camps.py, manipur_arms.py and
manipur_later.py (imported below, in that order, so the build is deterministic). `item` (in
_wrap.py) collapses each text's whitespace to single spaces and hands it to figset's `F`.

    python eval/dev422/build.py            # write figures.jsonl and validate it
    python eval/dev422/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import manipur_outbreak  # noqa: E402,F401
import manipur_camps  # noqa: E402,F401
import manipur_arms  # noqa: E402,F401
import manipur_later  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev422", HERE, "py", 422, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
