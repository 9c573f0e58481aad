"""Build eval/dev224/figures.jsonl from the hand-written items in the modules beside it.

A two-hundred-and-twenty-fourth evaluation set for the figure extractor, written blind:
floods, cyclones, earthquakes and landslides that displace people, away from wars, 2015-2025
(Pakistan's and Bangladesh's floods, India's landslides and cyclones, Nepal's earthquake and
floods, typhoons in the Philippines, cyclones in Mozambique, Malawi and Myanmar, the
Türkiye-Syria, Morocco, Ecuador, Haiti, Japan and Indonesia earthquakes, Derna's dam collapse,
floods in Brazil, Kenya, Nigeria, Somalia and Europe, landslides in Papua New Guinea, Ethiopia
and India), texts of 3 to 12 sentences in the style of the wires, broadcasters and national
press. Rainfall, wind speeds, magnitudes, depths, distances, hectares and acres, money,
percentages, fractions, ages, durations, dates and years are marked as negatives; the figures
are the counts of people evacuated, sheltered, killed, injured, missing, rescued, returned,
affected or helped, of homes and shelters, of rescuers and troops deployed, and of relief
supplies. How the guideline was applied where it is silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in south_asia.py, asia_pacific.py, africa_mideast.py and
americas_europe.py (imported below, in that order, so the build is deterministic). `item` (in
_wrap.py) collapses each text's whitespace to single spaces and hands it to figset's `F`.

    python eval/dev224/build.py            # write figures.jsonl and validate it
    python eval/dev224/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import south_asia  # noqa: E402,F401
import asia_pacific  # noqa: E402,F401
import africa_mideast  # noqa: E402,F401
import americas_europe  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev224", HERE, "lv", 224, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
