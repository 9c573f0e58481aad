"""Build eval/dev409/figures.jsonl from the hand-written items in the modules beside it.

A four-hundred-and-ninth evaluation set for the figure extractor, written blind: Myanmar's
Sagaing region and Karenni and Shan states after the coup, 2021-2026 (air strikes on villages,
schools, hospitals and monasteries, the Pazigyi massacre, burned villages, Operation 1027, the
Laukkai surrender and the fall and return of Lashio, the Karenni displaced in Demoso and Loikaw,
conscription and the young men who flee to Thailand, the March 2025 earthquake in a war zone,
political prisoners freed in amnesties), texts of 3 to 12 sentences in the register of the
wires, the exile and local press, the monitors (AAPP, Data for Myanmar, OCHA, the NUG) and the
junta's own media. Years, dates, times, ages, durations, ordinals, percentages, fractions,
money, measurements and numbers in names (Operation 1027, Operation 1111, the Three Brotherhood
Alliance, Site 1, Section 505A) are marked as negatives. How the guideline was applied where it
is silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in mm_sagaing.py, mm_karenni.py, mm_shan.py and mm_draft.py
(imported below, in that order, so the build is deterministic). `item` (in _wrap.py) collapses
each text's whitespace to single spaces and hands it to figset's `F`.

    python eval/dev409/build.py            # write figures.jsonl and validate it
    python eval/dev409/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import mm_sagaing  # noqa: E402,F401
import mm_karenni  # noqa: E402,F401
import mm_shan  # noqa: E402,F401
import mm_draft  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev409", HERE, "pp", 409, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
