"""Build eval/dev440/figures.jsonl from the hand-written items in the modules beside it.

A four-hundred-and-fortieth evaluation set for the figure extractor, written blind: Sudan's
Kordofan and Blue Nile, 2023-2026 (the sieges of Kadugli, Dilling, El Obeid and Babanusa; the
RSF's and the SPLM-N's attacks on villages and markets; drone strikes; the displaced on the
roads to El Obeid, Kosti and South Sudan; famine in the Nuba Mountains; Ed Damazin and Kurmuk),
texts of 3 to 12 sentences in the register of the wires, the UN agencies, NGOs and the national
press. Years, dates, ages, times, durations, ordinals, percentages, money, measurements and
numbers in names are marked as negatives. How the guideline was applied where it is silent:
README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in sieges.py, attacks.py, roads.py and nuba_bluenile.py (imported
below, in that order, so the build is deterministic). `item` (in _wrap.py) collapses each
text's whitespace to single spaces and hands it to figset's `F`.

    python3 eval/dev440/build.py            # write figures.jsonl and validate it
    python3 eval/dev440/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import sieges  # noqa: E402,F401
import attacks  # noqa: E402,F401
import roads  # noqa: E402,F401
import nuba_bluenile  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev440", HERE, "qm", 440, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
