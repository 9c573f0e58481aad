"""Build eval/dev367/figures.jsonl from the hand-written items in the modules beside it.

A three-hundred-and-sixty-seventh evaluation set for the figure extractor, written blind:
Kashmir and the India-Pakistan frontier, 2014-2026 (shelling across the Line of Control and the
International Border, Uri, Pulwama and Balakot, the Pahalgam attack of 2025 and the strikes and
shelling that followed, encounters with militants, bunkers in border villages, families evacuated
and returning, curfews and detentions after 2019), texts of 3 to 12 sentences in the style of
the wires, the Indian and Pakistani press and the statements of the Indian Army, the ISPR, the
J&K police and district officials. Dates, money, percentages, ages, times, durations, ordinals,
measurements and numbers in names are marked as negatives. How the guideline was applied where
it is silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in loc_shelling.py, attacks.py, encounters.py and curfews.py
(imported below, in that order, so the build is deterministic). `item` (in _wrap.py) collapses
each text's whitespace to single spaces and hands it to figset's `F`.

    python eval/dev367/build.py            # write figures.jsonl and validate it
    python eval/dev367/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import loc_shelling  # noqa: E402,F401
import attacks  # noqa: E402,F401
import encounters  # noqa: E402,F401
import curfews  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev367", HERE, "ot", 367, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
