"""Build eval/dev222/figures.jsonl from the hand-written items in the modules beside it.

A two-hundred-and-twenty-second evaluation set for the figure extractor, written blind: mass
abductions and kidnappings for ransom, 2014-2026 (schoolchildren, worshippers, travellers and
villagers seized by bandits and jihadists in Nigeria, gangs in Haiti, armed groups in the Sahel,
Cameroon, DR Congo and Mozambique, cartels in Mexico, the ELN and dissidents in Colombia, pirates
off Somalia and in the Gulf of Guinea), texts of 3 to 12 sentences in the style of the wires,
broadcasters, national press, monitors and agencies. The figures are the counts of people taken,
escaped, freed, still held or missing, killed and wounded in the raids, kidnappers arrested or
killed, troops deployed, villages attacked, homes burned, families who fled and the aid and
shelter they received. Ransom amounts, percentages, ages, dates, times, distances, prison terms
and days in captivity are marked as negatives. How the guideline was applied where it is
silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in kidnap_nigeria.py, kidnap_africa.py, kidnap_americas.py and
kidnap_sea.py (imported below, in that order, so the build is deterministic). `item` (in
_wrap.py) collapses each text's whitespace to single spaces and hands it to figset's `F`.

    python eval/dev222/build.py            # write figures.jsonl and validate it
    python eval/dev222/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import kidnap_nigeria  # noqa: E402,F401
import kidnap_africa  # noqa: E402,F401
import kidnap_americas  # noqa: E402,F401
import kidnap_sea  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev222", HERE, "lu", 222, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
