"""Build eval/dev244/figures.jsonl from the hand-written items in the modules beside it.

A two-hundred-and-forty-fourth evaluation set for the figure extractor, written blind: attacks
on worshippers and places of worship, with their numbers, 2014-2026 (churches and mosques in
Nigeria's Plateau, Benue and north-west, Burkina Faso and Niger, eastern DR Congo, Mozambique
and Egypt; Pakistan's blasphemy mobs, sectarian bombings and Kurram, Afghanistan's Shia mosques,
India's Manipur and communal riots, Sri Lanka's Easter attacks; Iraq and Syria's Christian,
Yazidi, Alawite and Druze areas), texts of 3 to 12 sentences as dioceses, imams, police, state
governments, rights groups and the wires report them. Dates, years, times, ages, durations,
ordinals, percentages, money, distances and verse numbers are marked as negatives; the figures
are the counts of worshippers killed, wounded, abducted, displaced, arrested or helped, and of
churches, mosques and homes burned or rebuilt. How the guideline was applied where it is
silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in worship_nigeria.py, worship_africa.py, worship_southasia.py and
worship_mideast.py (imported below, in that order, so the build is deterministic). `item` (in
_wrap.py) collapses each text's whitespace to single spaces and hands it to figset's `F`.

    python eval/dev244/build.py            # write figures.jsonl and validate it
    python eval/dev244/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import worship_nigeria  # noqa: E402,F401
import worship_africa  # noqa: E402,F401
import worship_southasia  # noqa: E402,F401
import worship_mideast  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev244", HERE, "mj", 244, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
