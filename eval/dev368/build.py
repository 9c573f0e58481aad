"""Build eval/dev368/figures.jsonl from the hand-written items in the modules beside it.

A three-hundred-and-sixty-eighth evaluation set for the figure extractor, written blind: Syrian
refugees in Jordan and Lebanon, 2014-2026 (Zaatari and Azraq, Rukban on the berm, Arsal and the
Bekaa's informal settlements, winter storms, raids and deportations from Lebanon, returns after
December 2024, UNHCR registration and its suspension in Lebanon, cash assistance cuts), texts of
3 to 12 sentences in the style of the wires, UN agencies, NGOs and the regional press. Dates,
money, percentages, ages, durations, measurements, ordinals and numbers in names are marked as
negatives; the figures are the counts of people, families, shelters and things. How the
guideline was applied where it is silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in jordan.py, lebanon.py, returns.py and aid.py (imported below, in
that order, so the build is deterministic). `item` (in _wrap.py) collapses each text's
whitespace to single spaces and hands it to figset's `F`.

    python eval/dev368/build.py            # write figures.jsonl and validate it
    python eval/dev368/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import jordan  # noqa: E402,F401
import lebanon  # noqa: E402,F401
import returns  # noqa: E402,F401
import aid  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev368", HERE, "ou", 368, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
