"""Build eval/dev282/figures.jsonl from the hand-written items in the modules beside it.

A two-hundred-and-eighty-second evaluation set for the figure extractor, written blind: Syria
after December 2024, texts of 3 to 12 sentences in the style of the wires, broadcasters, UN
agencies (UNHCR, IOM, OCHA), the new Syrian authorities, the Syrian Observatory for Human Rights
and the ICRC. Refugees returning from Turkey, Lebanon, Jordan and Europe, people leaving the
north-west camps and al-Hol, detainees freed from the old government's prisons, the missing and
mass graves, the sectarian killings on the coast and in Suwayda, Israeli strikes and incursions,
aid, landmines and reconstruction. Years, dates, fiscal years, ages, times, durations,
ordinals, percentages, money, measurements and numbers in names are marked as negatives; the
figures are the counts of people, households, buildings and things. How the guideline was
applied where it is silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in returns.py, detainees.py, violence.py and aid.py (imported
below, in that order, so the build is deterministic). `item` (in _wrap.py) collapses each
text's whitespace to single spaces and hands it to figset's `F`.

    python eval/dev282/build.py            # write figures.jsonl and validate it
    python eval/dev282/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import returns  # noqa: E402,F401
import detainees  # noqa: E402,F401
import violence  # noqa: E402,F401
import aid  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev282", HERE, "nc", 282, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
