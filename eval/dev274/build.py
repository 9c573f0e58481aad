"""Build eval/dev274/figures.jsonl from the hand-written items in the modules beside it.

A two-hundred-and-seventy-fourth evaluation set for the figure extractor, written blind: Sudan's
war, 2023-2026 (Khartoum and Omdurman, El Fasher, Zamzam and Tawila, El Geneina, Nyala, Gezira
and Wad Madani, Sennar, Kordofan, and the flight to Chad, Egypt, South Sudan, Libya, Ethiopia,
Uganda and the Central African Republic), texts of 3 to 12 sentences in the style of the wires,
broadcasters, humanitarian agencies and the Sudanese and regional press. The figures are the
people killed, wounded, displaced, returned, missing, abducted, detained, starving or trapped,
the fighters, the homes, markets and health facilities hit, the camps and the aid, as the health
ministry, the army, the RSF, the Emergency Response Rooms, MSF, OCHA, UNHCR, IOM and others
report them. Years, dates, fiscal years, times, durations, ages, ordinals, percentages, money,
measurements and numbers in names are marked as negatives. How the guideline was applied where
it is silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in war_darfur.py, war_khartoum.py, war_gezira_kordofan.py and
war_exodus.py (imported below, in that order, so the build is deterministic). `item` (in
_wrap.py) collapses each text's whitespace to single spaces and hands it to figset's `F`.

    python eval/dev274/build.py            # write figures.jsonl and validate it
    python eval/dev274/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import war_darfur  # noqa: E402,F401
import war_khartoum  # noqa: E402,F401
import war_gezira_kordofan  # noqa: E402,F401
import war_exodus  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev274", HERE, "my", 274, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
