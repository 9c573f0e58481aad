"""Build eval/dev83/figures.jsonl from the hand-written items in the modules beside it.

An eighty-third evaluation set for the figure extractor, written blind: whole articles (6 to
16 sentences, 600 to 2,400 characters) in the register of the wires and broadsheets (Reuters,
AP, AFP, the BBC, Al Jazeera, The Guardian, regional English-language papers), 2014-2025, from
all regions. Each article leads with a toll or a count, then gives updates, breakdowns, earlier
tolls, comparisons, reactions with numbers in quotes and background paragraphs with older
figures; money, dates, ages, durations, percentages and measurements are mixed in and marked as
negatives. Topics: attacks and battles, air strikes, massacres, sieges, displacement and
returns, refugee flows, detentions and prisoner releases, kidnappings, disasters in conflict
zones, appeals, elections with violence, protests and crackdowns. How the guideline was applied
where it is silent: README.md, "Decisions". Five articles hold numbers but no figure.

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in arts_africa.py, arts_mideast.py, arts_asia.py,
arts_europe_americas.py and arts_more.py (imported below, in that order, so the build is
deterministic). Each module writes its texts as wrapped triple-quoted strings; `item` (in
_wrap.py) collapses their whitespace to single spaces and hands them to figset's `F`.

Figures are marked inline in each item (the marks: eval/figset/marks.py).

    python eval/dev83/build.py            # write figures.jsonl and validate it
    python eval/dev83/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import arts_africa  # noqa: E402,F401
import arts_mideast  # noqa: E402,F401
import arts_asia  # noqa: E402,F401
import arts_europe_americas  # noqa: E402,F401
import arts_more  # noqa: E402,F401

# isort: on

# whole articles of 6 to 16 sentences (as the shared splitter counts them: a quoted sentence
# that ends inside the quote counts as one) and 600 to 2,400 characters
CONFIG = SetConfig("dev83", HERE, "hc", 83, chars=(600, 2400), sentences=(6, 16))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
