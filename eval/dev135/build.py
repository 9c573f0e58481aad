"""Build eval/dev135/figures.jsonl from the hand-written items in the modules beside it.

A hundred-and-thirty-fifth evaluation set for the figure extractor, written blind: disasters in
South and East Asia, Latin America and the Pacific, 2010-2026, as the local and regional press
reports them (monsoon floods and landslides, typhoons and cyclones, earthquakes, eruptions,
wildfires, heatwaves, mudslides, dam bursts and building collapses), from short items of 3 to 5
sentences to whole articles of up to 14, with the numbers of disaster agencies, police, local
officials and the Red Cross in the region's own idiom (lakh, crore, barangays, relief camps,
evacuees, souls, persons). Rainfall, wind speeds, magnitudes, depths, heights, dates, times,
money, percentages, helpline numbers and distances are marked as negatives. How the guideline
was applied where it is silent: README.md, "Decisions". Five texts hold numbers but no figure.

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in india.py, south_asia.py, philippines.py, southeast_asia.py,
east_asia.py, americas.py and pacific.py (imported below, in that order, so the build is
deterministic). Each module writes its texts as wrapped triple-quoted strings; `item` (in
_wrap.py) collapses their whitespace to single spaces and hands them to figset's `F`.

    python eval/dev135/build.py            # write figures.jsonl and validate it
    python eval/dev135/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import india  # noqa: E402,F401
import south_asia  # noqa: E402,F401
import philippines  # noqa: E402,F401
import southeast_asia  # noqa: E402,F401
import east_asia  # noqa: E402,F401
import americas  # noqa: E402,F401
import pacific  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev135", HERE, "id", 135, chars=(200, 2200), sentences=(3, 14))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
