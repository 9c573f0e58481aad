"""Build eval/dev258/figures.jsonl from the hand-written items in the modules beside it.

A two-hundred-and-fifty-eighth evaluation set for the figure extractor, written blind: protest
crackdowns of 2024-2026 and their tolls (Kenya's Gen Z protests, Tanzania after the 2025
election, Madagascar, Bangladesh's July uprising, Nepal, Indonesia, Georgia, Serbia, Iran,
Mozambique after the 2024 election, Togo and Venezuela after the 2024 vote), texts of 3 to 12
sentences in the style of the wires, broadcasters, rights groups and national press. The
figures are the counts of protesters killed, wounded, arrested, charged, released or missing,
of police and soldiers deployed or hurt, of buildings burned and of families fleeing; dates,
ages, money, percentages, vote shares, years in prison, times and durations are marked as
negatives. How the guideline was applied where it is silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in crackdowns_eastafrica.py, crackdowns_asia.py,
crackdowns_europe_iran.py and crackdowns_africa_americas.py (imported below, in that order, so
the build is deterministic). `item` (in _wrap.py) collapses each text's whitespace to single
spaces and hands it to figset's `F`.

    python eval/dev258/build.py            # write figures.jsonl and validate it
    python eval/dev258/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import crackdowns_eastafrica  # noqa: E402,F401
import crackdowns_asia  # noqa: E402,F401
import crackdowns_europe_iran  # noqa: E402,F401
import crackdowns_africa_americas  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev258", HERE, "mq", 258, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
