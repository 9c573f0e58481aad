"""Build eval/dev377/figures.jsonl from the hand-written items in the modules beside it.

A three-hundred-and-seventy-seventh evaluation set for the figure extractor, written blind:
South Sudan's returnees and refugees from Sudan's war, 2023-2026 (the crossings at Joda and
Wunthou into Renk, the transit centre in Renk, onward transport by boat and road to Malakal,
Aweil and beyond, cholera in Renk and Malakal, the Upper Nile clashes of 2025, Maban's camps and
Abyei), texts of 3 to 12 sentences in the style of the wires, the agencies (IOM, UNHCR, WFP,
MSF, OCHA, the RRC) and the South Sudanese press. Dates, years, ages, times, durations,
ordinals, percentages, money, distances and other measurements are marked as negatives; the
figures are the counts of people, households, shelters and things. How the guideline was
applied where it is silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in renk_border.py, onward.py, cholera.py and upper_nile.py
(imported below, in that order, so the build is deterministic). `item` (in _wrap.py) collapses
each text's whitespace to single spaces and hands it to figset's `F`.

    python eval/dev377/build.py            # write figures.jsonl and validate it
    python eval/dev377/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import renk_border  # noqa: E402,F401
import onward  # noqa: E402,F401
import cholera  # noqa: E402,F401
import upper_nile  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev377", HERE, "oz", 377, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
