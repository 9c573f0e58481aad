"""Build eval/dev385/figures.jsonl from the hand-written items in the modules beside it.

A three-hundred-and-eighty-fifth evaluation set for the figure extractor, written blind:
Syria's coast and Suwayda in 2025 (the March massacres of Alawites in Latakia, Tartus and
Hama, the July fighting in Suwayda between Druze factions, Bedouin tribes and government
forces, Israel's strikes on Damascus and Suwayda, flight to the Hmeimim base and to Lebanon,
aid convoys, evacuations, bodies handed back, detainees held and released), texts of 3 to 12
sentences in the style of the wires, the monitors (SOHR, SNHR), the interior ministry and the
humanitarian agencies (OCHA, UNHCR, the ICRC). Dates, money, percentages, ages, times,
durations, ordinals and measurements are marked as negatives. How the guideline was applied
where it is silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in coast_march.py, suwayda_july.py, strikes_flight.py and
aid_detainees.py (imported below, in that order, so the build is deterministic). `item` (in
_wrap.py) collapses each text's whitespace to single spaces and hands it to figset's `F`.

    python eval/dev385/build.py            # write figures.jsonl and validate it
    python eval/dev385/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import coast_march  # noqa: E402,F401
import suwayda_july  # noqa: E402,F401
import strikes_flight  # noqa: E402,F401
import aid_detainees  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev385", HERE, "pd", 385, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
