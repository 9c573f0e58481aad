"""Build eval/dev424/figures.jsonl from the hand-written items in the modules beside it.

A four-hundred-and-twenty-fourth evaluation set for the figure extractor, written blind: Sinjar
and the Yazidis, 2014-2026 (the August 2014 genocide, the siege of the mountain, the captives
sold and rescued, the mass graves and their exhumation, the Duhok camps, the returns to Sinjar
and the closure of the camps, Turkish strikes on Sinjar, the YBS and the PKK, the Sinjar
agreement), texts of 3 to 12 sentences in the style of the wires, broadcasters, the Kurdish and
Iraqi press and the agencies' releases. Dates, years, ages, durations, ordinals, percentages,
money, measurements and numbers in names are marked as negatives; the figures are the counts of
people killed, abducted, missing and freed, of bodies and graves, of people in camps and
returned, of houses, fighters, aid and the rest. How the guideline was applied where it is
silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in genocide_2014.py, captives_graves.py, camps_returns.py and
sinjar_security.py (imported below, in that order, so the build is deterministic). `item` (in
_wrap.py) collapses each text's whitespace to single spaces and hands it to figset's `F`.

    python eval/dev424/build.py            # write figures.jsonl and validate it
    python eval/dev424/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import genocide_2014  # noqa: E402,F401
import captives_graves  # noqa: E402,F401
import camps_returns  # noqa: E402,F401
import sinjar_security  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev424", HERE, "qa", 424, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
