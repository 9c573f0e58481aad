"""Build eval/dev288/figures.jsonl from the hand-written items in the modules beside it.

A two-hundred-and-eighty-eighth evaluation set for the figure extractor, written blind: Cabo
Delgado and northern Mozambique, 2017-2026 (the insurgent attacks on Palma, Mocímboa da Praia
and the villages, beheadings, abductions of children, people displaced and returning, the
Rwandan and SADC forces, aid and food), texts of 3 to 12 sentences as the government, Cabo
Ligado/ACLED, UNHCR, IOM, MSF, the Catholic diocese and the wires report them. Fiscal years,
years, dates, times, durations, ages, ordinals, money, percentages, measurements and numbers in
names are marked as negatives. How the guideline was applied where it is silent: README.md,
"Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in cd_attacks.py, cd_displaced.py, cd_forces.py and cd_aid.py
(imported below, in that order, so the build is deterministic). `item` (in _wrap.py) collapses
each text's whitespace to single spaces and hands it to figset's `F`.

    python eval/dev288/build.py            # write figures.jsonl and validate it
    python eval/dev288/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import cd_attacks  # noqa: E402,F401
import cd_displaced  # noqa: E402,F401
import cd_forces  # noqa: E402,F401
import cd_aid  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev288", HERE, "nf", 288, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
