"""Build eval/dev112/figures.jsonl from the hand-written items in the modules beside it.

A hundred-and-twelfth evaluation set for the figure extractor, written blind: whole articles
(6 to 16 sentences, 600 to 2,400 characters), 2016-2025, all regions, on **the numbers people
tell**: survivors, displaced families, doctors, aid workers, local officials, fighters,
smugglers, rescuers and witnesses giving their counts in their own words, in direct and
indirect speech, in Q&A interviews and first-person columns, often beside the official count
they correct or contest and the reporter's own. About three quarters are conflict,
displacement, migration and humanitarian stories, a quarter other news told through people
(disasters, accidents, strikes, sport). Ages, years, dates, times, durations, money, phone and
list numbers, measurements, scores and ordinals are mixed in and marked as negatives. How the
guideline was applied where it is silent: README.md, "Decisions". Four articles hold numbers
but no figure.

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in arts_attacks.py, arts_flight.py, arts_crossings.py,
arts_voices.py, arts_hazards.py and arts_daily.py (imported below, in that order, so the build
is deterministic). Each module writes its texts as wrapped triple-quoted strings; `item` (in
_wrap.py) collapses their whitespace to single spaces and hands them to figset's `F`.

One addition to the shared vague table, made here in memory and for this build only (no file
of figset/ is changed): "a few hundred" is read as 200-500, by analogy with the guideline's "a
few thousand" (2,000-5,000); the shared parser has no entry for it and its marks cannot set
`vague` by hand.

    python eval/dev112/build.py            # write figures.jsonl and validate it
    python eval/dev112/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402
from figset.words import VAGUE  # noqa: E402

# "a few hundred": vague, 200-500 (see the docstring); placed before the plain "hundreds"
VAGUE.insert(VAGUE.index(("hundreds", 200, 999)), ("a few hundred", 200, 500))

# The modules register their items as they are imported: their order is the set's.
# isort: off
import arts_attacks  # noqa: E402,F401
import arts_flight  # noqa: E402,F401
import arts_crossings  # noqa: E402,F401
import arts_voices  # noqa: E402,F401
import arts_hazards  # noqa: E402,F401
import arts_daily  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev112", HERE, "hq", 112, chars=(600, 2400), sentences=(6, 16))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
