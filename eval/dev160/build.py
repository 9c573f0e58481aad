"""Build eval/dev160/figures.jsonl from the hand-written items in the modules beside it.

A hundred-and-sixtieth evaluation set for the figure extractor, written blind: elections,
referendums, coups and political violence with their numbers, 2010-2026, every region.
Election-day and post-election violence, candidates, party workers and election officials
killed, attacked or abducted, polling stations attacked, burned or closed, voters kept away,
opposition supporters arrested, protests over results put down, coups and attempted coups,
curfews, rallies attacked, ballot boxes seized; among them the numbers of politics that are
not figures (votes, vote shares, seats, turnout, registered voters, constituency numbers,
polling hours, ages, terms, money), marked as negatives. Seven plain results stories hold
numbers but no figure. How the guideline was applied where it is silent: README.md,
"Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in items_west_africa.py, items_africa.py, items_asia.py,
items_americas.py and items_europe_mena.py (imported below, in that order, so the build is
deterministic). Each module writes its texts as wrapped triple-quoted strings; `item` (in
_wrap.py) collapses their whitespace to single spaces and hands them to figset's `F`.

    python eval/dev160/build.py            # write figures.jsonl and validate it
    python eval/dev160/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import items_west_africa  # noqa: E402,F401
import items_africa  # noqa: E402,F401
import items_asia  # noqa: E402,F401
import items_americas  # noqa: E402,F401
import items_europe_mena  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev160", HERE, "iq", 160, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
