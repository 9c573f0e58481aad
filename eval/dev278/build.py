"""Build eval/dev278/figures.jsonl from the hand-written items in the modules beside it.

A two-hundred-and-seventy-eighth evaluation set for the figure extractor, written blind:
Yemen's war, 2015-2026 (air strikes and shelling on Taiz, Hodeidah, Marib and Saada, the
killed and wounded, the displaced in Marib's camps, cholera and hunger, detainees and prisoner
swaps, mines, returns and aid deliveries), texts of 3 to 12 sentences as the Houthi-run
ministries, the government, the coalition, OCHA, IOM's DTM, WHO, MSF, Save the Children and
the wires report them. Fiscal years, dates, money, percentages and ages are marked as
negatives, with years, times, durations, ordinals, measurements and numbers in names. How the
guideline was applied where it is silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in yemen_taiz.py, yemen_hodeidah.py, yemen_marib.py and
yemen_saada.py (imported below, in that order, so the build is deterministic). `item` (in
_wrap.py) collapses each text's whitespace to single spaces and hands it to figset's `F`.

    python eval/dev278/build.py            # write figures.jsonl and validate it
    python eval/dev278/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import yemen_taiz  # noqa: E402,F401
import yemen_hodeidah  # noqa: E402,F401
import yemen_marib  # noqa: E402,F401
import yemen_saada  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev278", HERE, "na", 278, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
