"""Build eval/dev126/figures.jsonl from the hand-written items in the modules beside it.

A hundred-and-twenty-sixth evaluation set for the figure extractor, written blind: the numbers
of breaking and developing stories, 2024-2026, all regions. Short wire flashes and live-blog
entries (2 to 5 sentences) and first-day stories (6 to 12 sentences) report attacks, strikes,
battles, bombings, massacres, riots, abductions, flight, floods, earthquakes, fires and crashes
while the numbers are still moving: first tolls and their updates in the same text, tolls
broken down, counts from hospitals, police, armed groups, monitors and witnesses, vague and
contested amounts, with timestamps, dates, ages, flight numbers, hotline numbers, times of day
and distances among them. About two thirds conflict and unrest, one third disasters and
accidents. How the guideline was applied where it is silent: README.md, "Decisions". Four
texts hold numbers but no figure.

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in flash_conflict.py, story_war.py, story_unrest.py,
flash_hazard.py and story_hazard.py (imported below, in that order, so the build is
deterministic). Each module writes its texts as wrapped triple-quoted strings; `item` (in
_wrap.py) collapses their whitespace to single spaces and hands them to figset's `F`.

    python eval/dev126/build.py            # write figures.jsonl and validate it
    python eval/dev126/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import flash_conflict  # noqa: E402,F401
import story_war  # noqa: E402,F401
import story_unrest  # noqa: E402,F401
import flash_hazard  # noqa: E402,F401
import story_hazard  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev126", HERE, "hx", 126, chars=(150, 2000), sentences=(2, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
