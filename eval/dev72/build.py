"""Build eval/dev72/figures.jsonl from the hand-written items in the modules beside it.

A seventy-second evaluation set for the figure extractor, written blind: the numbers of armed
conflict, unrest and displacement in Asia and the Pacific (2012-2025), as the region's
English-language press and the wires report them. Myanmar (airstrikes, arson, displacement,
political prisoners, conscription, defections, the 2025 earthquake in resistance areas);
refugees crossing into Thailand, India and Bangladesh; the Rohingya camps of Cox's Bazar,
Bhasan Char, boats and repatriation plans; the southern Philippines, Thailand's deep south,
Papua, Papua New Guinea and New Caledonia; India (Manipur, Kashmir, the Maoist belt);
Pakistan and Afghanistan (attacks, operations, deportations and returns, aid); Bangladesh's
2024 uprising and after; Sri Lanka's disappeared. Years, dates, times, durations, ages,
percentages, money (kyat, rupees, taka, pesos, lakh and crore), ordinals, measurements and
numbers in names (Operation 1027, Camp 14, Section 144, Article 370, 34 Rashtriya Rifles) are
marked as negatives. How the guideline was applied where it is silent (surrenders, firearms
handed in, defectors, conscripts, relief camps, camp fires, boats, captured soldiers, lakh):
README.md, "Decisions". Items of 1 to 5 sentences; eight hold numbers but no figure.

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in arts_myanmar_war.py, arts_borders_rohingya.py,
arts_philippines_pacific.py, arts_india.py, arts_pakistan_afghanistan.py and
arts_bangladesh_srilanka.py (imported below, in that order, so the build is deterministic).

Figures are marked inline in each item (the marks: eval/figset/marks.py).

    python eval/dev72/build.py            # write figures.jsonl and validate it
    python eval/dev72/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import arts_myanmar_war  # noqa: E402,F401
import arts_borders_rohingya  # noqa: E402,F401
import arts_philippines_pacific  # noqa: E402,F401
import arts_india  # noqa: E402,F401
import arts_pakistan_afghanistan  # noqa: E402,F401
import arts_bangladesh_srilanka  # noqa: E402,F401

# isort: on

# items of 1 to 5 sentences (as the shared splitter counts them)
CONFIG = SetConfig("dev72", HERE, "fx", 72, chars=(100, 900), sentences=(1, 5))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
