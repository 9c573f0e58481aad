"""Build eval/dev132/figures.jsonl from the hand-written items in the modules beside it.

A hundred-and-thirty-second evaluation set for the figure extractor, written blind: arrests,
captives and prisoners in conflicts and crackdowns, 2014-2026, all regions, from short wire
items (3 to 5 sentences) to whole articles (up to 14 sentences): mass arrests after protests
and riots, detention without charge, captures in raids, abductions by armed groups and
bandits, hostages held, freed and exchanged, prisoner and prisoner-of-war swaps, bodies handed
over, pardons and amnesties, jailbreaks, the disappeared and missing, deportations of
detainees, and the troops and police sent after them. Dates, years, sentence lengths, ages,
article numbers of laws, bail and ransom amounts and percentages are marked as negatives. How
the guideline was applied where it is silent: README.md, "Decisions". Four texts hold numbers
but no figure.

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in items_crackdown.py, items_captive.py, items_release.py and
items_jail.py (imported below, in that order, so the build is deterministic). Each module
writes its texts as wrapped triple-quoted strings; `item` (in _wrap.py) collapses their
whitespace to single spaces and hands them to figset's `F`.

    python eval/dev132/build.py            # write figures.jsonl and validate it
    python eval/dev132/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import items_crackdown  # noqa: E402,F401
import items_captive  # noqa: E402,F401
import items_release  # noqa: E402,F401
import items_jail  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev132", HERE, "ib", 132, chars=(200, 2200), sentences=(3, 14))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
