"""Build eval/dev398/figures.jsonl from the hand-written items in the modules beside it.

A three-hundred-and-ninety-eighth evaluation set for the figure extractor, written blind:
Borno State, Nigeria, 2020-2026 (Governor Zulum's closure of the Maiduguri camps and the
resettlement of towns such as Baga, Marte, Bama, Dikwa and Malam Fatori; ISWAP and JAS attacks on
resettled towns; farmers killed in their fields at Zabarmari and elsewhere; suicide bombings in
Gwoza and Konduga; surrendered Boko Haram fighters and their families at the Hajj camp; cholera
and the floods of Maiduguri), texts of 3 to 12 sentences in the style of the wires, the Nigerian
press and the reports of the state government, the army, NEMA, SEMA, OCHA and Amnesty
International. Dates, money, percentages, ages, durations, ordinals, measurements and numbers in
names are marked as negatives. How the guideline was applied where it is silent: README.md,
"Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in camps.py, attacks.py, surrender.py and floods.py (imported below,
in that order, so the build is deterministic). `item` (in _wrap.py) collapses each text's
whitespace to single spaces and hands it to figset's `F`.

    python eval/dev398/build.py            # write figures.jsonl and validate it
    python eval/dev398/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import camps  # noqa: E402,F401
import attacks  # noqa: E402,F401
import surrender  # noqa: E402,F401
import floods  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev398", HERE, "pi", 398, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
