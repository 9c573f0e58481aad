"""Build eval/dev204/figures.jsonl from the hand-written items in the modules beside it.

A two-hundred-and-fourth evaluation set for the figure extractor, written blind: aid workers
and health care under attack, 2014-2026 (Gaza and the West Bank, Lebanon, Syria, Yemen, Sudan,
South Sudan, DR Congo, Ethiopia, the Sahel, Somalia, Ukraine, Myanmar, Afghanistan, Haiti), texts
of 3 to 12 sentences in the style of the wires and of the reports of the Aid Worker Security
Database, the WHO's Surveillance System for Attacks on Health Care, Insecurity Insight, MSF, the
ICRC and IFRC, UNRWA, OCHA and national health ministries. Years, dates, ages, times, durations,
ordinals, percentages, money, bed occupancy rates, litres of fuel and numbers in names are marked
as negatives; the figures are the counts of people, households, facilities and things. How the
guideline was applied where it is silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in aid_mideast.py, aid_africa.py, aid_europe_asia.py and
aid_americas_global.py (imported below, in that order, so the build is deterministic). `item`
(in _wrap.py) collapses each text's whitespace to single spaces and hands it to figset's `F`.

    python eval/dev204/build.py            # write figures.jsonl and validate it
    python eval/dev204/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import aid_mideast  # noqa: E402,F401
import aid_africa  # noqa: E402,F401
import aid_europe_asia  # noqa: E402,F401
import aid_americas_global  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev204", HERE, "ll", 204, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
