"""Build eval/dev391/figures.jsonl from the hand-written items in the modules beside it.

A three-hundred-and-ninety-first evaluation set for the figure extractor, written blind: Mali,
2022-2026 (the Moura massacre, Wagner and the Africa Corps, the fall of Kidal and the fighting
with the FLA, JNIM's fuel blockade of Bamako in 2025, the attacks on Kati and the Bamako
gendarmerie school, refugees in Mauritania's Mbera camp and in Niger, drone strikes on weddings
and markets), texts of 3 to 12 sentences in the style of the wires, MINUSMA, the UN agencies,
Human Rights Watch and the army's communiqués. Dates, years, ages, durations, ordinals,
percentages, money, measurements and numbers in names are marked as negatives; the figures are
the counts of the dead, the wounded, the detained, the hostages, the fighters, the refugees,
the homes and the tankers. How the guideline was applied where it is silent: README.md,
"Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in mali_north.py, mali_blockade.py, mali_refugees.py and
mali_strikes.py (imported below, in that order, so the build is deterministic). `item` (in
_wrap.py) collapses each text's whitespace to single spaces and hands it to figset's `F`.

    python eval/dev391/build.py            # write figures.jsonl and validate it
    python eval/dev391/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import mali_north  # noqa: E402,F401
import mali_blockade  # noqa: E402,F401
import mali_refugees  # noqa: E402,F401
import mali_strikes  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev391", HERE, "pf", 391, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
