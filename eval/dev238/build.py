"""Build eval/dev238/figures.jsonl from the hand-written items in the modules beside it.

A two-hundred-and-thirty-eighth evaluation set for the figure extractor, written blind:
humanitarian access (aid convoys, crossings and airdrops), 2014-2026 (Gaza, Sudan and eastern
Chad, Syria, Yemen, Ukraine's front-line towns, Myanmar, Haiti, eastern DR Congo, Tigray),
texts of 3 to 12 sentences in the style of the wires and of WFP, OCHA, UNRWA, the ICRC and
NGO statements as news. Dates, percentages, money, distances, weights per person, times,
durations and numbers in names are marked as negatives; the figures are the counts of people,
households, structures and things (trucks, tonnes, pallets, airdrops). How the guideline was
applied where it is silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in access_gaza.py, access_sudan.py, access_syria_yemen_ukraine.py
and access_asia_americas.py (imported below, in that order, so the build is deterministic).
`item` (in _wrap.py) collapses each text's whitespace to single spaces and hands it to figset's
`F`.

    python eval/dev238/build.py            # write figures.jsonl and validate it
    python eval/dev238/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import access_gaza  # noqa: E402,F401
import access_sudan  # noqa: E402,F401
import access_syria_yemen_ukraine  # noqa: E402,F401
import access_asia_americas  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev238", HERE, "mg", 238, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
