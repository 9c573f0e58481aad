"""Build eval/dev190/figures.jsonl from the hand-written items in the modules beside it.

A hundred-and-ninetieth evaluation set for the figure extractor, written blind: terrorist
attacks, mass shootings, rampages and hostage sieges outside war zones, 2015-2026 (Europe,
North America, Brazil, Russia, Turkey, India, Indonesia, the Philippines, Australia, New
Zealand, Kenya, South Africa), and the investigations, trials and inquests that follow. Texts
of 3 to 10 sentences, dense with times, dates, ages, years, sentences in years, calibres and
addresses, all marked as negatives. How the guideline was applied where it is silent:
README.md, "Decisions". A few texts hold numbers but no figure.

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in the attacks_*.py modules and trials.py (imported below, in that
order, so the build is deterministic). Each module writes its texts as wrapped triple-quoted
strings; `item` (in _wrap.py) collapses their whitespace to single spaces and hands them to
figset's `F`.

    python eval/dev190/build.py            # write figures.jsonl and validate it
    python eval/dev190/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import attacks_europe  # noqa: E402,F401
import attacks_americas  # noqa: E402,F401
import attacks_east  # noqa: E402,F401
import attacks_south  # noqa: E402,F401
import trials  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev190", HERE, "le", 190, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
