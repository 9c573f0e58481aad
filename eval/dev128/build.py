"""Build eval/dev128/figures.jsonl from the hand-written items in the modules beside it.

A hundred-and-twenty-eighth evaluation set for the figure extractor, written blind: whole
articles (6 to 16 sentences, 600 to 2,400 characters) on the numbers of the Sahel, the Lake
Chad basin, the Horn of Africa and the Great Lakes as the region's own press and the wires
report them, 2016-2026: about three quarters conflict, displacement and humanitarian news
(jihadist, bandit and militia attacks, army and VDP communiques, massacres, abductions,
displacement and returns, camps, hunger and aid), one quarter disasters, elections, protests
and other news. Years, dates, durations, money (CFA francs, naira, birr, dollars),
percentages, ages, ordinals, distances and numbers in names are marked as negatives. How the
guideline was applied where it is silent: README.md, "Decisions". Five articles hold numbers
but no figure.

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in arts_sahel.py, arts_chad_basin.py, arts_horn_lakes.py and
arts_region_news.py (imported below, in that order, so the build is deterministic). Each
module writes its texts as wrapped triple-quoted strings; `item` (in _wrap.py) collapses their
whitespace to single spaces and hands them to figset's `F`.

    python eval/dev128/build.py            # write figures.jsonl and validate it
    python eval/dev128/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import arts_sahel  # noqa: E402,F401
import arts_chad_basin  # noqa: E402,F401
import arts_horn_lakes  # noqa: E402,F401
import arts_region_news  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev128", HERE, "hz", 128, chars=(600, 2400), sentences=(6, 16))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
