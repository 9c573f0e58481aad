"""Build eval/dev286/figures.jsonl from the hand-written items in the modules beside it.

A two-hundred-and-eighty-sixth evaluation set for the figure extractor, written blind: Haiti's
gang war, 2021-2026 (Port-au-Prince neighbourhoods overrun, people displaced to sites in schools
and churches, killings, kidnappings for ransom, lynchings by self-defence groups, the police and
the Kenyan-led mission, deportations from the Dominican Republic, cholera), texts of 3 to 12
sentences in the style of the wires, the UN (BINUH, OCHA, IOM), the police and rights groups
(RNDDH). Years, fiscal years, dates, ages, times, durations, ordinals, percentages, money,
measurements and numbers in names (gangs, resolutions, roads, neighbourhoods) are marked as
negatives. How the guideline was applied where it is silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in haiti_capital.py, haiti_sites.py, haiti_kidnap.py and
haiti_mission.py (imported below, in that order, so the build is deterministic). `item` (in
_wrap.py) collapses each text's whitespace to single spaces and hands it to figset's `F`.

    python eval/dev286/build.py            # write figures.jsonl and validate it
    python eval/dev286/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import haiti_capital  # noqa: E402,F401
import haiti_sites  # noqa: E402,F401
import haiti_kidnap  # noqa: E402,F401
import haiti_mission  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev286", HERE, "ne", 286, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
