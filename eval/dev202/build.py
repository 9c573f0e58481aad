"""Build eval/dev202/figures.jsonl from the hand-written items in the modules beside it.

A two-hundred-and-second evaluation set for the figure extractor, written blind: prisons,
jailbreaks and detention sites in crisis, 2014-2026 (mass jailbreaks in Haiti, Nigeria, DR Congo,
Sudan, Sierra Leone, Mozambique, Bangladesh and Nepal; prison massacres and gang fights in
Ecuador, Honduras, Brazil and Mexico; detention sites hit in Libya, Yemen, Syria, Iran and
Ukraine; overcrowding, transfers, releases, pardons, exchanges, hostage-taking, cholera and
hunger behind bars), texts of 3 to 12 sentences in the register of prison services, interior
ministries, the ICRC, Amnesty and the wires. Sentence lengths, cell sizes, years, ages, money,
dates, durations, percentages and numbers in names are marked as negatives; the figures are the
counts of people, households, structures and things. How the guideline was applied where it is
silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in jails_americas.py, jails_africa.py, jails_mideast.py and
jails_asia_europe.py (imported below, in that order, so the build is deterministic). `item` (in
_wrap.py) collapses each text's whitespace to single spaces and hands it to figset's `F`.

    python eval/dev202/build.py            # write figures.jsonl and validate it
    python eval/dev202/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import jails_americas  # noqa: E402,F401
import jails_africa  # noqa: E402,F401
import jails_mideast  # noqa: E402,F401
import jails_asia_europe  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev202", HERE, "lk", 202, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
