"""Build eval/dev152/figures.jsonl from the hand-written items in the modules beside it.

A hundred-and-fifty-second evaluation set for the figure extractor, written blind: disasters
and emergencies in Africa, the Middle East and Europe, 2015-2026, as the wires and the
national press report them, from short wire items (3 to 5 sentences) to whole articles (up to
14): storms and cyclones, floods and dam failures, earthquakes and landslides, wildfires,
heatwaves and droughts, building collapses, mine and boat accidents, and outbreaks of
cholera, measles, Ebola, Marburg, mpox and meningitis, with their dead, injured, missing,
rescued, evacuated and displaced, the homes and schools destroyed, the cases of an outbreak,
the aid delivered and the people in need, and counts that change. Dates, times, magnitudes,
temperatures, rainfall, areas, wind speeds, money, percentages and ages are marked as
negatives. Four texts hold numbers but no figure. How the guideline was applied where it is
silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in storms.py, floods.py, quakes.py, heat.py, accidents.py,
outbreaks.py and nofig.py (imported below, in that order, so the build is deterministic).
Each module writes its texts as wrapped triple-quoted strings; `item` (in _wrap.py) collapses
their whitespace to single spaces and hands them to figset's `F`.

    python eval/dev152/build.py            # write figures.jsonl and validate it
    python eval/dev152/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import storms  # noqa: E402,F401
import floods  # noqa: E402,F401
import quakes  # noqa: E402,F401
import heat  # noqa: E402,F401
import accidents  # noqa: E402,F401
import outbreaks  # noqa: E402,F401
import nofig  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev152", HERE, "im", 152, chars=(200, 2200), sentences=(3, 14))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
