"""Build eval/dev234/figures.jsonl from the hand-written items in the modules beside it.

A two-hundred-and-thirty-fourth evaluation set for the figure extractor, written blind:
peacekeeping missions and their numbers, 2014-2026 (MONUSCO, MINUSCA, UNMISS, MINUSMA, UNISFA,
UNIFIL, UNDOF; AMISOM, ATMIS and AUSSOM in Somalia, SADC's forces in Mozambique and DR Congo,
the Kenyan-led mission in Haiti), texts of 3 to 12 sentences in the style of the wires, mission
spokespeople, the Security Council and troop-contributing governments. Mandate years,
resolution numbers, budgets, percentages, dates, ages, times and durations are marked as
negatives; the figures are the counts of peacekeepers killed, wounded, taken hostage or
missing, troops and police deployed, withdrawn or rotated, civilians sheltering at
protection-of-civilians sites, bases, patrols, convoys, vehicles and aircraft. How the
guideline was applied where it is silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in central_africa.py, sahel_sudans.py, levant_haiti.py and
au_forces.py (imported below, in that order, so the build is deterministic). `item` (in
_wrap.py) collapses each text's whitespace to single spaces and hands it to figset's `F`.

    python eval/dev234/build.py            # write figures.jsonl and validate it
    python eval/dev234/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import central_africa  # noqa: E402,F401
import sahel_sudans  # noqa: E402,F401
import levant_haiti  # noqa: E402,F401
import au_forces  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev234", HERE, "me", 234, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
