"""Build eval/dev254/figures.jsonl from the hand-written items in the modules beside it.

A two-hundred-and-fifty-fourth evaluation set for the figure extractor, written blind:
executions, death sentences and mass trials, 2014-2026 (Iran, Saudi Arabia, Iraq, Egypt's mass
trials, Somalia's military courts, the Houthi courts, Singapore, Bangladesh, Myanmar's junta,
Pakistan, Afghanistan, Belarus, Russia, the US states and the worldwide tallies), texts of 3 to
12 sentences in the style of the wires, rights groups' releases and the justice desks. Dates,
ages, years of prison, money, article and case numbers, times and percentages are marked as
negatives; the figures are the counts of people executed, sentenced, tried, freed, killed,
wounded, displaced or missing, and of the prisons, homes and things around them. How the
guideline was applied where it is silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in gallows_mideast.py, gallows_africa.py, gallows_asia.py and
gallows_europe_us.py (imported below, in that order, so the build is deterministic). `item` (in
_wrap.py) collapses each text's whitespace to single spaces and hands it to figset's `F`.

    python eval/dev254/build.py            # write figures.jsonl and validate it
    python eval/dev254/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import gallows_mideast  # noqa: E402,F401
import gallows_africa  # noqa: E402,F401
import gallows_asia  # noqa: E402,F401
import gallows_europe_us  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev254", HERE, "mo", 254, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
