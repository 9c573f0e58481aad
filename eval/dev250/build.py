"""Build eval/dev250/figures.jsonl from the hand-written items in the modules beside it.

A two-hundred-and-fiftieth evaluation set for the figure extractor, written blind: forced
evictions and demolitions, 2014-2026, in peace and in war (Lagos waterfronts, Addis Ababa's
corridor project, Nairobi's riverbanks, Harare, Khartoum, India's bulldozer demolitions,
Cambodia's Angkor relocations, Kabul's informal settlements, Israeli demolitions in the West
Bank and East Jerusalem, Egypt, Syria, Brazil's favelas before the Olympics, Port-au-Prince
camps), texts of 3 to 12 sentences in the style of the wires, rights groups, OCHA, municipal
statements and the national press. Dates, money, areas, distances, percentages, plot and
section numbers are marked as negatives; the figures are the counts of homes, shops, schools
and structures demolished, families and people evicted or left homeless, people arrested,
injured or killed in clashes, police deployed, and households compensated or given plots. How
the guideline was applied where it is silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in evict_africa.py, evict_asia.py, evict_mideast.py and
evict_americas.py (imported below, in that order, so the build is deterministic). `item` (in
_wrap.py) collapses each text's whitespace to single spaces and hands it to figset's `F`.

    python eval/dev250/build.py            # write figures.jsonl and validate it
    python eval/dev250/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import evict_africa  # noqa: E402,F401
import evict_asia  # noqa: E402,F401
import evict_mideast  # noqa: E402,F401
import evict_americas  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev250", HERE, "mm", 250, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
