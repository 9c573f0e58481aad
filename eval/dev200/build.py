"""Build eval/dev200/figures.jsonl from the hand-written items in the modules beside it.

A two-hundredth evaluation set for the figure extractor, written blind: merchant shipping and
navies in war and piracy, 2014-2026 (the Houthi attacks in the Red Sea and the Gulf of Aden,
ships and ports struck in the Black Sea and beyond, Somali, West African and Asian piracy, the
navies' escort missions and their tallies, tankers seized by Iran, seafarers abandoned on their
ships, evacuations and aid by sea), texts of 3 to 12 sentences in the register of Lloyd's List,
TradeWinds, UKMTO and Ambrey advisories, the IMB, the ITF, Reuters and AP. Tonnage, TEU, speeds,
distances, freight rates, insurance premiums, money, years, dates, durations, ages, ordinals and
numbers in names are marked as negatives; the figures are the counts of people, ships and
things. How the guideline was applied where it is silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in redsea.py, ports.py, piracy.py and navies.py (imported below, in
that order, so the build is deterministic). `item` (in _wrap.py) collapses each text's
whitespace to single spaces and hands it to figset's `F`.

    python eval/dev200/build.py            # write figures.jsonl and validate it
    python eval/dev200/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import redsea  # noqa: E402,F401
import ports  # noqa: E402,F401
import piracy  # noqa: E402,F401
import navies  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev200", HERE, "lj", 200, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
