"""Build eval/dev144/figures.jsonl from the hand-written items in the modules beside it.

A hundred-and-forty-fourth evaluation set for the figure extractor, written blind: the numbers
of the crime, policing and justice desks, 2015-2026, all regions. Short items (3 to 5
sentences) and whole articles (up to 14 sentences) on gang and cartel violence, police raids,
mass arrests, prison riots and breakouts, kidnappings for ransom and rescues, lynchings,
homicide statistics, trafficking rings, deportations and immigration raids, trials and
sentences, police killings, curfews and states of emergency, in Mexico, Central America and
Haiti, South America, the US, Europe, Africa and South Asia and the Philippines. Sentence
lengths, ages, dates, times, money, ransoms, weights of drugs, percentages, rates, case,
article and phone numbers are mixed in and marked as negatives. How the guideline was applied
where it is silent: README.md, "Decisions". Three texts hold numbers but no figure.

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in mexico.py, central_carib.py, south_america.py, us.py,
europe.py, africa.py and asia.py (imported below, in that order, so the build is
deterministic). Each module writes its texts as wrapped triple-quoted strings; `item` (in
_wrap.py) collapses their whitespace to single spaces and hands them to figset's `F`.

    python eval/dev144/build.py            # write figures.jsonl and validate it
    python eval/dev144/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import mexico  # noqa: E402,F401
import central_carib  # noqa: E402,F401
import south_america  # noqa: E402,F401
import us  # noqa: E402,F401
import europe  # noqa: E402,F401
import africa  # noqa: E402,F401
import asia  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev144", HERE, "ii", 144, chars=(200, 2200), sentences=(3, 14))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
