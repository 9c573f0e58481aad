"""Build eval/dev383/figures.jsonl from the hand-written items in the modules beside it.

A three-hundred-and-eighty-third evaluation set for the figure extractor, written blind:
Myanmar's Rakhine and Chin states, 2023-2026 (the Arakan Army's offensive from November 2023,
Buthidaung and Maungdaw, the Rohingya between the AA and the junta's conscripts, drone attacks
at the Naf river, boats to Bangladesh and across the Andaman Sea, Chin refugees in India's
Mizoram, air strikes on villages, hunger in Rakhine), texts of 3 to 12 sentences in the style
of the wires, the UN, the rights groups, MSF and the Bangladeshi and Indian press. Dates,
money, percentages, ages, durations, measurements, ordinals and numbers in names are marked
as negatives; the figures are the counts of people, households, structures and things. How the
guideline was applied where it is silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in rakhine_offensive.py, rohingya_border.py, chin_mizoram.py and
rakhine_hunger.py (imported below, in that order, so the build is deterministic). `item` (in
_wrap.py) collapses each text's whitespace to single spaces and hands it to figset's `F`.

    python eval/dev383/build.py            # write figures.jsonl and validate it
    python eval/dev383/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import rakhine_offensive  # noqa: E402,F401
import rohingya_border  # noqa: E402,F401
import chin_mizoram  # noqa: E402,F401
import rakhine_hunger  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev383", HERE, "pb", 383, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
