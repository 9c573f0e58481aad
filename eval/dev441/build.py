"""Build eval/dev441/figures.jsonl from the hand-written items in the modules beside it.

A four-hundred-and-forty-first evaluation set for the figure extractor, written blind: the West
Bank, 2022-2026 (Israeli raids and the 2025 operation in the Jenin, Tulkarm and Nur Shams camps
and the people displaced from them, settler attacks on villages and herders, demolitions and
displacement in Masafer Yatta, the Jordan Valley and East Jerusalem, arrests and administrative
detention, Palestinian attacks and shootings, checkpoints and gates), texts of 3 to 12 sentences
in the style of the wires, the UN agencies, NGOs and the national press. Years, dates, ages,
times, durations, ordinals, percentages, money, measurements (dunams, km, kilograms), frequencies
("twice", "146 times"), vote tallies and numbers in names (Firing Zone 918, Route 60, Military
Order 1651, Checkpoint 300) are marked as negatives. How the guideline was applied where it is
silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in camps.py, settlers.py, demolitions.py, detention.py and
attacks.py (imported below, in that order, so the build is deterministic). `item` (in _wrap.py)
collapses each text's whitespace to single spaces and hands it to figset's `F`.

    python eval/dev441/build.py            # write figures.jsonl and validate it
    python eval/dev441/build.py --table    # also print all figures as a table
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
import settlers  # noqa: E402,F401
import demolitions  # noqa: E402,F401
import detention  # noqa: E402,F401
import attacks  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev441", HERE, "qn", 441, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
