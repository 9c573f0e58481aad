"""Build eval/dev178/figures.jsonl from the hand-written items in the modules beside it.

A hundred-and-seventy-eighth evaluation set for the figure extractor, written blind: sieges,
encirclements and evacuations with their numbers, 1992-2026 (Sarajevo, Srebrenica, Homs,
Aleppo, Madaya, Mosul, Marawi, Mariupol, Bakhmut, Avdiivka, El Fasher, Gaza, Port-au-Prince,
Djibo, Kadugli, Tigray), as the wires, broadcasters, regional outlets and agencies write them:
texts of 3 to 10 sentences. Durations of sieges, dates, years, kilometres, percentages, money,
rankings and ages are marked as negatives. How the guideline was applied where it is silent:
README.md, "Decisions". Five texts hold numbers but no figure.

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in trapped.py, evacuations.py, deals.py and convoys.py (imported
below, in that order, so the build is deterministic). Each module writes its texts as wrapped
triple-quoted strings; `item` (in _wrap.py) collapses their whitespace to single spaces and
hands them to figset's `F`.

    python eval/dev178/build.py            # write figures.jsonl and validate it
    python eval/dev178/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import trapped  # noqa: E402,F401
import evacuations  # noqa: E402,F401
import deals  # noqa: E402,F401
import convoys  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev178", HERE, "iz", 178, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
