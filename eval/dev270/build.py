"""Build eval/dev270/figures.jsonl from the hand-written items in the modules beside it.

A two-hundred-and-seventieth evaluation set for the figure extractor, written blind:
displacement in the Great Lakes and the Horn of Africa, 2014-2026 (Ituri and North Kivu with
M23, the ADF and CODECO; Ethiopia's Tigray, Amhara and Oromia; Somalia's droughts and
al-Shabaab; South Sudan and Burundi), texts of 3 to 12 sentences in the style of the wires,
OCHA, UNHCR, IOM's DTM, MSF, local officials and church leaders. People displaced, fleeing
across borders, sheltering in churches and schools, killed, abducted, returning, and the
sites and camps that hold them are the figures; years, dates, fiscal years, money,
percentages, ages, durations, measurements and numbers in names are marked as negatives. How
the guideline was applied where it is silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in drc.py, ethiopia.py, somalia.py and sudans_burundi.py
(imported below, in that order, so the build is deterministic). `item` (in _wrap.py)
collapses each text's whitespace to single spaces and hands it to figset's `F`.

    python eval/dev270/build.py            # write figures.jsonl and validate it
    python eval/dev270/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import drc  # noqa: E402,F401
import ethiopia  # noqa: E402,F401
import somalia  # noqa: E402,F401
import sudans_burundi  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev270", HERE, "mw", 270, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
