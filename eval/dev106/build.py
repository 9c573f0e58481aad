"""Build eval/dev106/figures.jsonl from the hand-written items in the modules beside it.

A hundred-and-sixth evaluation set for the figure extractor, written blind: whole articles (6
to 16 sentences, 600 to 2,400 characters), 2016-2025, on displacement, camps and return with
their numbers: people fleeing fighting, floods, drought and evictions; camps and settlements,
what they hold and can hold; arrivals, registrations, returns, relocations, evacuations and
deportations; host communities, aid, shelters, water points, latrines and schools in camps;
deaths and disease in camps; arrests of migrants. About three quarters are displacement and
humanitarian stories, one quarter the same places' other news with numbers (budgets, exams,
football, harvests). Money, dates, years, ages, durations, percentages, ratios, ordinals,
phone numbers, camp and road numbers and other numbers in names are marked as negatives. How
the guideline was applied where it is silent: README.md, "Decisions". Four articles hold
numbers but no figure.

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in the six arts_*.py modules (imported below, in that order, so
the build is deterministic). Each module writes its texts as wrapped triple-quoted strings;
`item` (in _wrap.py) collapses their whitespace to single spaces and hands them to figset's `F`.

    python eval/dev106/build.py            # write figures.jsonl and validate it
    python eval/dev106/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import arts_sudan_horn  # noqa: E402,F401
import arts_central_west  # noqa: E402,F401
import arts_mideast  # noqa: E402,F401
import arts_asia_europe  # noqa: E402,F401
import arts_americas_sea  # noqa: E402,F401
import arts_other  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev106", HERE, "hn", 106, chars=(600, 2400), sentences=(6, 16))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
