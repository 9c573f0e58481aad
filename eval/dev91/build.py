"""Build eval/dev91/figures.jsonl from the hand-written items in the modules beside it.

A ninety-first evaluation set for the figure extractor, written blind: the numbers of ordinary
news, from the desks of a news day that are not conflict. News items of 3 to 10 sentences and
250 to 1,800 characters, 2014-2025, from all regions: business and jobs, transport and
accidents, health, education, science and environment, weather and disasters, crime and
courts, politics and elections, sport and culture, migration and labour. Counts of people,
households, structures and other counted things are figures whatever the topic; money,
percentages, dates, years, ages, durations, measurements, scores and sport statistics, share
prices, index points, model and flight numbers, rankings and ordinals are marked as negatives.
How the guideline was applied where it is silent: README.md, "Decisions". Six items hold
numbers but no figure.

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in arts_business.py, arts_transport.py, arts_health.py,
arts_education.py, arts_science.py, arts_weather.py, arts_crime.py, arts_politics.py,
arts_sport.py and arts_migration.py (imported below, in that order, so the build is
deterministic). Each module writes its texts as wrapped triple-quoted strings; `item` (in
_wrap.py) collapses their whitespace to single spaces and hands them to figset's `F`.

Figures are marked inline in each item (the marks: eval/figset/marks.py).

    python eval/dev91/build.py            # write figures.jsonl and validate it
    python eval/dev91/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import arts_business  # noqa: E402,F401
import arts_transport  # noqa: E402,F401
import arts_health  # noqa: E402,F401
import arts_education  # noqa: E402,F401
import arts_science  # noqa: E402,F401
import arts_weather  # noqa: E402,F401
import arts_crime  # noqa: E402,F401
import arts_politics  # noqa: E402,F401
import arts_sport  # noqa: E402,F401
import arts_migration  # noqa: E402,F401

# isort: on

# news items of 3 to 10 sentences (as the shared splitter counts them) and 250 to 1,800
# characters
CONFIG = SetConfig("dev91", HERE, "hf", 91, chars=(250, 1800), sentences=(3, 10))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
