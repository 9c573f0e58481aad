"""Build eval/dev390/figures.jsonl from the hand-written items in the modules beside it.

A three-hundred-and-ninetieth evaluation set for the figure extractor, written blind: the Kabul
airlift of August 2021 and the Afghans resettled abroad, 2021-2026 (the evacuation flights from
Hamid Karzai International Airport, the Abbey Gate bombing, the crushes at the gates, evacuees in
Qatar, Germany, Uganda, Albania and the US bases, the UK's ARAP scheme and its data leak, Afghans
waiting in Pakistan for resettlement and the deportations of those refused), texts of 3 to 12
sentences in the style of the wires, broadcasters and national press, with the Pentagon, the
State Department, the UK Ministry of Defence, UNHCR, the IRC and others as sources. Dates, years,
ages, times, durations, money, percentages, measurements, ordinals and numbers in names are
marked as negatives. How the guideline was applied where it is silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in airlift.py, bases.py, britain.py and waiting.py (imported below,
in that order, so the build is deterministic). `item` (in _wrap.py) collapses each text's
whitespace to single spaces and hands it to figset's `F`.

    python eval/dev390/build.py            # write figures.jsonl and validate it
    python eval/dev390/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import airlift  # noqa: E402,F401
import bases  # noqa: E402,F401
import britain  # noqa: E402,F401
import waiting  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev390", HERE, "pe", 390, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
