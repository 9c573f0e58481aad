"""Build eval/dev408/figures.jsonl from the hand-written items in the modules beside it.

A four-hundred-and-eighth evaluation set for the figure extractor, written blind: Goma, Masisi
and South Kivu under the M23, 2022-2026 (the advance on Sake and the fall of Goma in January
2025, the fall of Bukavu, the displacement sites around Goma, the bombs on the Mugunga and Lac
Vert camps, their closure and the forced returns, the Munzenze jailbreak, mass graves, Burundi's
troops, Uvira, the Washington and Doha talks), texts of 3 to 12 sentences in the style of the
wires, the UN agencies, MSF, the ICRC and the Congolese and regional press. Dates, money,
percentages, ages, durations, distances, ordinals and numbers in names (M23, Resolution 2773,
RN4, CH-4) are marked as negatives; the figures are the counts of people killed, wounded,
buried, displaced, returned, missing, abducted, detained, escaped and under arms, and of homes,
camps, sites and aid. How the guideline was applied where it is silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in goma_fall.py, goma_camps.py, south_kivu.py and masisi_talks.py
(imported below, in that order, so the build is deterministic). `item` (in _wrap.py) collapses
each text's whitespace to single spaces and hands it to figset's `F`.

    python eval/dev408/build.py            # write figures.jsonl and validate it
    python eval/dev408/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import goma_fall  # noqa: E402,F401
import goma_camps  # noqa: E402,F401
import south_kivu  # noqa: E402,F401
import masisi_talks  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev408", HERE, "po", 408, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
