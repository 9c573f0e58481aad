"""Build eval/dev127/figures.jsonl from the hand-written items in the modules beside it.

A hundred-and-twenty-seventh evaluation set for the figure extractor, written blind: whole
articles (6 to 16 sentences, 600 to 2,400 characters) built around the sources of their
numbers, 2016-2026, all regions: police, army and ministry statements, UN and NGO briefings,
hospital and morgue officials, monitors, armed groups' claims, local leaders, residents and
witnesses, quoted and paraphrased, named before and after the number, nested, anonymous,
titled, in brackets, in conflict with each other, or missing. About three quarters conflict,
unrest, displacement and crime, a quarter disasters and accidents. How the guideline was
applied where it is silent: README.md, "Decisions". A few articles hold numbers but no figure.

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in arts_war.py, arts_unrest.py, arts_crime.py and arts_hazards.py
(imported below, in that order, so the build is deterministic). Each module writes its texts
as wrapped triple-quoted strings; `item` (in _wrap.py) collapses their whitespace to single
spaces and hands them to figset's `F`.

    python eval/dev127/build.py            # write figures.jsonl and validate it
    python eval/dev127/build.py --table    # also print all figures as a table
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
import arts_unrest  # noqa: E402,F401
import arts_crime  # noqa: E402,F401
import arts_hazards  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev127", HERE, "hy", 127, chars=(600, 2400), sentences=(6, 16))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
