"""Build eval/dev104/figures.jsonl from the hand-written items in the modules beside it.

A hundred-and-fourth evaluation set for the figure extractor, written blind: contested and
relayed numbers, who says how many. Short wire items (a title and 2 to 6 sentences), 2016-2025,
all regions, whose numbers come from several sources that disagree or relay one another: an
army's toll against a rebel group's, a ministry's against a monitor's or a hospital's, a UN
agency citing local authorities, a wire citing state media citing a governor, residents against
police, figures in quotes, sources named before, after and in the middle of the number's
sentence or only in the next one, and numbers nobody is said to give. Money, percentages,
dates, years, ages, durations and numbers in names are mixed in and marked as negatives. How
the guideline was applied where it is silent, attribution above all: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in the seven modules imported below, in that order, so the build is
deterministic. Each module writes its texts as wrapped triple-quoted strings; `item` (in
_wrap.py) collapses their whitespace to single spaces and hands them to figset's `F`.

    python eval/dev104/build.py            # write figures.jsonl and validate it
    python eval/dev104/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import sahel_west  # noqa: E402,F401
import africa_east  # noqa: E402,F401
import mideast  # noqa: E402,F401
import asia  # noqa: E402,F401
import europe  # noqa: E402,F401
import americas  # noqa: E402,F401
import disputes  # noqa: E402,F401
import relays  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev104", HERE, "hm", 104)

if __name__ == "__main__":
    sys.exit(run(CONFIG))
