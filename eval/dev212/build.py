"""Build eval/dev212/figures.jsonl from the hand-written items in the modules beside it.

A two-hundred-and-twelfth evaluation set for the figure extractor, written blind: prisoner
exchanges, hostage releases and the return of bodies, 2014-2026 (Ukraine and Russia, Gaza and
Israel, Lebanon, Syria, Iraq, Yemen and the Saudi-led coalition, Armenia and Azerbaijan,
Cyprus, Libya, Afghanistan, Sudan, Ethiopia, Nigeria, the Sahel, Mozambique, DR Congo,
Colombia, Haiti, Venezuela, the Philippines), texts of 3 to 12 sentences in the style of the
wires, the ICRC, coordination headquarters, ministries and families' associations. Prices,
percentages, dates, ages, durations in captivity, ranks, unit numbers and article numbers are
marked as negatives; the figures are the counts of people freed, swapped, held, missing or
killed, of bodies returned, and of the things around them. How the guideline was applied where
it is silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in swaps_ukraine.py, swaps_mideast.py, swaps_yemen_caucasus.py and
swaps_africa_americas.py (imported below, in that order, so the build is deterministic).
`item` (in _wrap.py) collapses each text's whitespace to single spaces and hands it to
figset's `F`.

    python eval/dev212/build.py            # write figures.jsonl and validate it
    python eval/dev212/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import swaps_ukraine  # noqa: E402,F401
import swaps_mideast  # noqa: E402,F401
import swaps_yemen_caucasus  # noqa: E402,F401
import swaps_africa_americas  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev212", HERE, "lp", 212, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
