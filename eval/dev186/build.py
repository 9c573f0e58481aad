"""Build eval/dev186/figures.jsonl from the hand-written items in the modules beside it.

A hundred-and-eighty-sixth evaluation set for the figure extractor, written blind:
conscription, mobilisation, recruitment, desertion and draft evasion, 2014-2026 (Ukraine,
Russia and Belarus; Israel, Syria, Iran, Armenia and Azerbaijan; Eritrea, Sudan, South Sudan,
Mali, Burkina Faso and DR Congo; Myanmar, Taiwan, South Korea and Colombia), in the style of
the wires, the broadcasters and the regional press. Texts of 3 to 10 sentences, dense with
ages, years, terms of service, dates, percentages and money, which are marked as negatives.
How the guideline was applied where it is silent: README.md, "Decisions". Five texts hold
numbers but no figure.

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in items_ukraine.py, items_russia.py, items_mideast.py,
items_africa.py and items_asia_americas.py (imported below, in that order, so the build is
deterministic). Each module writes its texts as wrapped triple-quoted strings; `item` (in
_wrap.py) collapses their whitespace to single spaces and hands them to figset's `F`.

    python eval/dev186/build.py            # write figures.jsonl and validate it
    python eval/dev186/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import items_ukraine  # noqa: E402,F401
import items_russia  # noqa: E402,F401
import items_mideast  # noqa: E402,F401
import items_africa  # noqa: E402,F401
import items_asia_americas  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev186", HERE, "lc", 186, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
