"""Build eval/dev148/figures.jsonl from the hand-written items in the modules beside it.

A hundred-and-forty-eighth evaluation set for the figure extractor, written blind: the
monitors' counts of attacks on aid workers, health care, journalists, schools and civilians,
and the news written from them, 2015-2026, all regions. The texts run from short wire items
(3 to 5 sentences) to whole articles (up to 14 sentences) in the voice of the news that relays
the Aid Worker Security Database, Insecurity Insight, WHO's Surveillance System for Attacks on
Health Care, CPJ and RSF, the Global Coalition to Protect Education from Attack, Airwars, ACLED,
the Secretary-General's report on children and armed conflict, national human rights
commissions and local monitors. Years, reporting periods, report editions, rankings, money,
percentages, ages and numbers in names are marked as negatives. How the guideline was applied
where it is silent: README.md, "Decisions". Four texts hold numbers but no figure.

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in aid.py, health.py, press.py, schools.py and civilians.py
(imported below, in that order, so the build is deterministic). Each module writes its texts
as wrapped triple-quoted strings; `item` (in _wrap.py) collapses their whitespace to single
spaces and hands them to figset's `F`.

    python eval/dev148/build.py            # write figures.jsonl and validate it
    python eval/dev148/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import aid  # noqa: E402,F401
import health  # noqa: E402,F401
import press  # noqa: E402,F401
import schools  # noqa: E402,F401
import civilians  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev148", HERE, "ik", 148, chars=(200, 2200), sentences=(3, 14))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
