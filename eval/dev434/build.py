"""Build eval/dev434/figures.jsonl from the hand-written items in the modules beside it.

A four-hundred-and-thirty-fourth evaluation set for the figure extractor, written blind:
Somalia, 2014-2026, al-Shabaab's war and the people displaced by it and by drought and floods
(Mogadishu's hotel sieges and truck bombs, the 2022 offensive in Hiraan and Middle Shabelle,
the AMISOM, ATMIS and AUSSOM troops, US air strikes, Baidoa's and Dollow's camps, the 2017 and
2022 droughts, the Gu and Deyr floods, evictions in Mogadishu), texts of 3 to 12 sentences in
the style of the wires, the Somali and regional press, and the UN agencies and NGOs that count.
Dates, years, ages, times, durations, ordinals, money, percentages, measurements and numbers in
names are marked as negatives. How the guideline was applied where it is silent: README.md,
"Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in mogadishu.py, offensive.py, drought.py and floods.py (imported
below, in that order, so the build is deterministic). `item` (in _wrap.py) collapses each
text's whitespace to single spaces and hands it to figset's `F`.

    python eval/dev434/build.py            # write figures.jsonl and validate it
    python eval/dev434/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import mogadishu  # noqa: E402,F401
import offensive  # noqa: E402,F401
import drought  # noqa: E402,F401
import floods  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev434", HERE, "qi", 434, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
