"""Build eval/dev134/figures.jsonl from the hand-written items in the modules beside it.

A hundred-and-thirty-fourth evaluation set for the figure extractor, written blind: whole
articles (6 to 16 sentences, 600 to 2,400 characters) on the tolls of long wars as they are
tallied, 2012-2026, all regions: health ministries' running death tolls and their breakdowns,
monitors' monthly and yearly tallies, armies' and rebels' claims of enemy losses, soldiers
killed or captured, the wounded, the missing and bodies recovered, prisoners of war, people in
need and under siege, homes and hospitals destroyed, and how those counts are disputed and
revised. Years, dates, months, percentages, money, ordinals, durations and distances are mixed
in and marked as negatives. How the guideline was applied where it is silent: README.md,
"Decisions". Four articles hold numbers but no figure.

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in arts_mideast.py, arts_europe.py, arts_africa.py and
arts_asia_americas.py (imported below, in that order, so the build is deterministic). Each
module writes its texts as wrapped triple-quoted strings; `item` (in _wrap.py) collapses their
whitespace to single spaces and hands them to figset's `F`.

    python eval/dev134/build.py            # write figures.jsonl and validate it
    python eval/dev134/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import arts_mideast  # noqa: E402,F401
import arts_europe  # noqa: E402,F401
import arts_africa  # noqa: E402,F401
import arts_asia_americas  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev134", HERE, "ic", 134, chars=(600, 2400), sentences=(6, 16))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
