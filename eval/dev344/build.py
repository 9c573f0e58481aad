"""Build eval/dev344/figures.jsonl from the hand-written items in the modules beside it.

A three-hundred-and-forty-fourth evaluation set for the figure extractor, written blind: farmers
and herders in Nigeria's Middle Belt, 2018-2026 (Benue, Plateau, Nasarawa, Taraba and Southern
Kaduna: attacks on villages, reprisals, cattle rustling, the displacement camps around Makurdi,
the anti-open grazing law), texts of 3 to 12 sentences in the style of the wires, the Nigerian
national press and the statements of state governments, police, the military, Amnesty, MSF and
the herders' and farmers' groups. Dates, money, percentages, ages, durations, ordinals,
measurements and numbers in names are marked as negatives; the figures are the counts of
people, households, houses and villages, cattle and other things. How the guideline was applied
where it is silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in mb_benue.py, mb_plateau.py, mb_kaduna.py and
mb_taraba_nasarawa.py (imported below, in that order, so the build is deterministic). `item`
(in _wrap.py) collapses each text's whitespace to single spaces and hands it to figset's `F`.

    python eval/dev344/build.py            # write figures.jsonl and validate it
    python eval/dev344/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import mb_benue  # noqa: E402,F401
import mb_plateau  # noqa: E402,F401
import mb_kaduna  # noqa: E402,F401
import mb_taraba_nasarawa  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev344", HERE, "oi", 344, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
