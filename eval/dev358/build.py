"""Build eval/dev358/figures.jsonl from the hand-written items in the modules beside it.

A three-hundred-and-fifty-eighth evaluation set for the figure extractor, written blind:
Pakistan's north-west and Balochistan, 2014-2026 (the TTP's return, the BLA's attacks on trains,
buses and Chinese workers, military operations in North and South Waziristan and Bajaur, Kurram's
sectarian clashes, families fleeing operations, Afghans in Khyber Pakhtunkhwa), texts of 3 to 12
sentences in the style of the wires and the Pakistani press, with the ISPR, the provincial
governments, the HRCP and the police as sources. Dates, money, percentages, ages, times,
durations and ordinals are marked as negatives; the figures are the soldiers and police killed,
the militants killed and arrested, the passengers held and freed, the families displaced and
returned, and the other things counted. How the guideline was applied where it is silent:
README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in ttp_kp.py, balochistan.py, operations.py and kurram_afghans.py
(imported below, in that order, so the build is deterministic). `item` (in _wrap.py) collapses
each text's whitespace to single spaces and hands it to figset's `F`.

    python eval/dev358/build.py            # write figures.jsonl and validate it
    python eval/dev358/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import ttp_kp  # noqa: E402,F401
import balochistan  # noqa: E402,F401
import operations  # noqa: E402,F401
import kurram_afghans  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev358", HERE, "oo", 358, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
