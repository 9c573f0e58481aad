"""Build eval/dev52/figures.jsonl from the hand-written items in the modules beside it.

A fifty-second evaluation set for the figure extractor, written blind: a natural mix of news
with numbers from regional English-language outlets of Asia, Africa and Latin America (in the
manner of Dawn, The Hindu, The Daily Star, the Jakarta Post, the Inquirer, the Kathmandu Post,
Premium Times, the Daily Nation, The East African, MercoPress, Colombia Reports, Mexico News
Daily, Xinhua and Anadolu in English). About 120 items of 1 to 5 sentences: conflict and armed
violence, protests, disasters, epidemics, migration and displacement, crime and policing,
accidents, and numbers that are not figures (economy, sport, elections). Years, dates, times,
ages, durations, percentages, money, measurements, ordinals, scores, vote counts and numbers
in names are marked as negatives.

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in arts_conflict.py, arts_disasters.py, arts_crime.py and
arts_migration.py (imported below, in that order, so the build is deterministic).

Figures are marked inline in each item (the marks: eval/figset/marks.py).

    python eval/dev52/build.py            # write figures.jsonl and validate it
    python eval/dev52/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import arts_conflict  # noqa: E402,F401
import arts_disasters  # noqa: E402,F401
import arts_crime  # noqa: E402,F401
import arts_migration  # noqa: E402,F401

# isort: on

# items of 1 to 5 sentences (as the shared splitter counts them: a quoted sentence that ends
# inside the quote counts as one)
CONFIG = SetConfig("dev52", HERE, "fn", 52, chars=(100, 700), sentences=(1, 5))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
