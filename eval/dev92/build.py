"""Build eval/dev92/figures.jsonl from the hand-written articles in the modules beside it.

A ninety-second evaluation set for the figure extractor, written blind: long whole articles (12
to 24 sentences, 1,500 to 4,500 characters) in the register of the full-text feeds of the wires
and broadsheets (Reuters, AP, AFP, regional English-language papers), 2014-2025, from all
regions: conflict and humanitarian stories told at length (attacks, offensives, sieges,
displacement crises, returns, detentions and releases, hostage deals, aid operations, epidemics
in camps, disasters in war zones). Each article leads with its main count, then gives updates and
breakdowns, official and independent counts that differ, quotes with numbers, earlier tolls in
background paragraphs and aid and capacity numbers, with money, percentages, dates, years, ages,
durations, distances, ordinals and numbers in names mixed in and marked as negatives. Three
articles hold numbers but no figure. How the guideline was applied where it is silent:
README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the articles are in arts_africa_1.py, arts_africa_2.py, arts_mideast.py, arts_asia.py,
arts_europe_americas.py and arts_nofig.py (imported below, in that order, so the build is
deterministic). Each module writes its texts as wrapped triple-quoted strings; `item` (in
_wrap.py) collapses their whitespace to single spaces and hands them to figset's `F`.

    python3 eval/dev92/build.py            # write figures.jsonl and validate it
    python3 eval/dev92/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the article modules

from figset import SetConfig, run  # noqa: E402

# The modules register their articles as they are imported: their order is the set's.
# isort: off
import arts_africa_1  # noqa: E402,F401
import arts_africa_2  # noqa: E402,F401
import arts_mideast  # noqa: E402,F401
import arts_asia  # noqa: E402,F401
import arts_europe_americas  # noqa: E402,F401
import arts_nofig  # noqa: E402,F401

# isort: on

# long whole articles of 12 to 26 sentences (as the shared splitter counts them) and 1,400 to
# 4,600 characters (the brief's bounds; the texts hold 13 to 23 and 2,059 to 3,740)
CONFIG = SetConfig("dev92", HERE, "hg", 92, chars=(1400, 4600), sentences=(12, 26))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
