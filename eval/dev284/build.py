"""Build eval/dev284/figures.jsonl from the hand-written items in the modules beside it.

A two-hundred-and-eighty-fourth evaluation set for the figure extractor, written blind: sexual
and gender-based violence in conflict, 2014-2026 (survivors treated by MSF and clinics, cases
documented by UN missions, women and girls abducted, held or freed, children born of rape,
perpetrators tried or convicted, shelters and safe spaces), texts of 3 to 12 sentences in the
restrained register of the wires, UN reports, NGOs, health ministries and courts. Fiscal years,
dates, money, percentages, ages, durations, ordinals and numbers in names are marked as
negatives; the figures are the counts of people, households, structures and things. How the
guideline was applied where it is silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in sgbv_sudan_horn.py, sgbv_central_west_africa.py,
sgbv_mideast_europe.py and sgbv_asia_americas.py (imported below, in that order, so the build
is deterministic). `item` (in _wrap.py) collapses each text's whitespace to single spaces and
hands it to figset's `F`.

    python eval/dev284/build.py            # write figures.jsonl and validate it
    python eval/dev284/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import sgbv_sudan_horn  # noqa: E402,F401
import sgbv_central_west_africa  # noqa: E402,F401
import sgbv_mideast_europe  # noqa: E402,F401
import sgbv_asia_americas  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev284", HERE, "nd", 284, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
