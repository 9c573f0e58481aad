"""Build eval/dev328/figures.jsonl from the hand-written items in the modules beside it.

A three-hundred-and-twenty-eighth evaluation set for the figure extractor, written blind: the
central Sahel under the juntas, 2020-2026 (Burkina Faso, Mali and Niger: JNIM and Islamic State
Sahel, blockaded towns, massacres of civilians by armed groups and by soldiers and the VDP,
Wagner and the Africa Corps, closed schools and health centres), texts of 3 to 12 sentences in
the style of the wires, the UN agencies, Human Rights Watch, ACLED and the NRC. Dates, money,
percentages, ages, durations, measurements and numbers in names are marked as negatives; the
figures are the counts of people killed and abducted, displaced and trapped, volunteers
recruited, soldiers killed, convoys attacked and food delivered. How the guideline was applied
where it is silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in sahel_burkina.py, sahel_mali.py, sahel_niger.py and
sahel_region.py (imported below, in that order, so the build is deterministic). `item` (in
_wrap.py) collapses each text's whitespace to single spaces and hands it to figset's `F`.

    python eval/dev328/build.py            # write figures.jsonl and validate it
    python eval/dev328/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import sahel_burkina  # noqa: E402,F401
import sahel_mali  # noqa: E402,F401
import sahel_niger  # noqa: E402,F401
import sahel_region  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev328", HERE, "oa", 328, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
