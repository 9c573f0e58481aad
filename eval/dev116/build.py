"""Build eval/dev116/figures.jsonl from the hand-written items in the modules beside it.

A hundred-and-sixteenth evaluation set for the figure extractor, written blind: features and
human-interest stories told through people, with their numbers, as whole articles (6 to 16
sentences, 600 to 2,400 characters), 2016-2025, all regions and desks. A lede introduces a
person by name and what they are doing; their quotes carry counts ("'They took 14 of us,' she
said"), people count themselves and their families, and the reporter adds context numbers.
About two thirds are war, displacement, migration and humanitarian features, a third
disasters, labour, health, sport and culture. How the guideline was applied where it is
silent: README.md, "Decisions". Three articles hold numbers but no figure.

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in arts_war.py, arts_flight.py and arts_lives.py (imported below,
in that order, so the build is deterministic). `item` (in _wrap.py) collapses the whitespace
of each wrapped text to single spaces and hands it to figset's `F`.

    python eval/dev116/build.py            # write figures.jsonl and validate it
    python eval/dev116/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import arts_war  # noqa: E402,F401
import arts_flight  # noqa: E402,F401
import arts_lives  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev116", HERE, "hs", 116, chars=(600, 2400), sentences=(6, 16))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
