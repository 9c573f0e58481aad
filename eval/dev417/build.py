"""Build eval/dev417/figures.jsonl from the hand-written items in the modules beside it.

A four-hundred-and-seventeenth evaluation set for the figure extractor, written blind:
Khartoum, Omdurman and Gezira, 2023-2026 (the Rapid Support Forces' seizure of Khartoum, the
shelling of Omdurman's markets, the Wad al-Noura and Gezira village massacres, the fall and
recapture of Wad Madani, the army's retaking of Khartoum in March 2025, people returning to the
capital, cholera and dengue, drone strikes on Port Sudan and power stations, mass graves found in
Khartoum), texts of 3 to 12 sentences in the style of the wires, broadcasters and the
humanitarian agencies. The counts are of people killed, wounded, buried, displaced, returned,
missing, abducted and detained, of fighters and soldiers, of villages attacked and houses
looted, of cholera and dengue cases and deaths, and of aid, as the Sudan Doctors Network, the
emergency response rooms, the army, the RSF, IOM, OCHA, WHO and the wires report them. Dates,
years, money, percentages, ages, durations, times, ordinals, measurements and numbers in names
are marked as negatives. How the guideline was applied where it is silent: README.md,
"Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in khartoum_war.py, gezira_madani.py, omdurman_drones.py and
capital_return.py (imported below, in that order, so the build is deterministic). `item` (in
_wrap.py) collapses each text's whitespace to single spaces and hands it to figset's `F`.

    python eval/dev417/build.py            # write figures.jsonl and validate it
    python eval/dev417/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import khartoum_war  # noqa: E402,F401
import gezira_madani  # noqa: E402,F401
import omdurman_drones  # noqa: E402,F401
import capital_return  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev417", HERE, "pv", 417, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
