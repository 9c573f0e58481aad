"""Build eval/dev236/figures.jsonl from the hand-written items in the modules beside it.

A two-hundred-and-thirty-sixth evaluation set for the figure extractor, written blind: border
villages under cross-border fire, 2014-2026 (southern Lebanon and northern Israel, the Line of
Control in Kashmir, the Afghanistan-Pakistan border, Russia's Belgorod and Kursk regions and
Ukraine's Sumy and Kharkiv border districts, Armenia and Azerbaijan, the Thailand-Cambodia
border, Chad and Sudan), texts of 3 to 12 sentences as local officials, armies, district
administrations, aid groups and the wires report them. Distances, calibres, dates, ages, times,
durations, percentages and money are marked as negatives; the figures are the counts of people,
families, homes, schools, bunkers, livestock and other things. How the guideline was applied
where it is silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in border_levant.py, border_southasia.py, border_russia_ukraine.py
and border_caucasus_africa.py (imported below, in that order, so the build is deterministic).
`item` (in _wrap.py) collapses each text's whitespace to single spaces and hands it to figset's
`F`.

    python eval/dev236/build.py            # write figures.jsonl and validate it
    python eval/dev236/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import border_levant  # noqa: E402,F401
import border_southasia  # noqa: E402,F401
import border_russia_ukraine  # noqa: E402,F401
import border_caucasus_africa  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev236", HERE, "mf", 236, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
