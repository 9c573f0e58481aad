"""Build eval/dev218/figures.jsonl from the hand-written items in the modules beside it.

A two-hundred-and-eighteenth evaluation set for the figure extractor, written blind: air and
missile attacks on towns and cities, night by night, 2014-2026 (Russian drone and missile
barrages on Ukrainian cities and Ukrainian drones on Russian regions, Israel and Iran
exchanging missiles, airstrikes in Gaza, Lebanon, Syria and Yemen, the Sudanese army's and the
RSF's drones, Myanmar's junta bombing villages, and the other air wars that reach towns:
Nagorno-Karabakh, India and Pakistan, Ethiopia, Libya, Afghanistan), texts of 3 to 12
sentences in the style of the wires, broadcasters and national press. Times of day, calibres,
ranges, altitudes, percentages, dates, years, durations, money and numbers in the names of
weapons are marked as negatives; the figures are the counts of drones and missiles launched
and shot down, of people killed, injured, trapped, missing, evacuated and sheltering, of homes
and buildings hit, of rescuers, households without power, aid, detentions and returns. How the
guideline was applied where it is silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in raids_ukraine.py, raids_russia_iran.py, raids_levant.py and
raids_africa_asia.py (imported below, in that order, so the build is deterministic). `item`
(in _wrap.py) collapses each text's whitespace to single spaces and hands it to figset's `F`.

    python eval/dev218/build.py            # write figures.jsonl and validate it
    python eval/dev218/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import raids_ukraine  # noqa: E402,F401
import raids_russia_iran  # noqa: E402,F401
import raids_levant  # noqa: E402,F401
import raids_africa_asia  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev218", HERE, "ls", 218, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
