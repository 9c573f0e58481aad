"""Build eval/dev98/figures.jsonl from the hand-written items in the modules beside it.

A ninety-eighth evaluation set for the figure extractor, written blind: whole articles (6 to
16 sentences, 600 to 2,400 characters), 2017-2025, from countries with a less-covered armed
conflict (the Sahel, Lake Chad, Cameroon, Nigeria's north-west and middle belt, CAR, Sudan,
South Sudan, Ethiopia, Somalia, eastern DRC, Cabo Delgado, Myanmar, Papua, Mindanao, Kashmir,
Manipur, Balochistan, Colombia, Haiti, Yemen, Libya), in the idiom of the countries' own
English-language press and the wires' regional desks: about two thirds conflict and
humanitarian stories, one third the same countries' other news with numbers (floods,
cholera, elections, budgets, mining, accidents, sport). Money, dates, ages, durations,
percentages, measurements, ordinals and numbers in names are mixed in and marked as
negatives; local forms (lakh, crore, "scores of", "over a hundred", number words) are used.
How the guideline was applied where it is silent: README.md, "Decisions". Four articles hold
numbers but no figure.

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in arts_sahel.py, arts_east.py, arts_asia.py, arts_news_africa.py
and arts_news_asia.py (imported below, in that order, so the build is deterministic). Each
module writes its texts as wrapped triple-quoted strings; `item` (in _wrap.py) collapses their
whitespace to single spaces and hands them to figset's `F`.

    python eval/dev98/build.py            # write figures.jsonl and validate it
    python eval/dev98/build.py --table    # also print all figures as a table
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
import arts_east  # noqa: E402,F401
import arts_asia  # noqa: E402,F401
import arts_news_africa  # noqa: E402,F401
import arts_news_asia  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev98", HERE, "hj", 98, chars=(600, 2400), sentences=(6, 16))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
