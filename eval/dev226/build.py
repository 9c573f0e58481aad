"""Build eval/dev226/figures.jsonl from the hand-written items in the modules beside it.

A two-hundred-and-twenty-sixth evaluation set for the figure extractor, written blind: security
forces' own communiqués on operations against insurgents, bandits and gangs, 2014-2026, as the
wires and the national press relay them (Nigeria's Defence Headquarters and the Lake Chad task
force, the Sahel, Somalia, Mozambique, Kenya and DR Congo, Pakistan's ISPR, India's forces in
Kashmir and against Maoists, the Philippine army, Myanmar and Thailand, Mexico's defence
ministry, Colombia's army, Haiti's police, Ecuador, Brazil and Central America), texts of 3 to
12 sentences. Militants killed or "neutralised", suspects arrested, fighters who surrendered,
hostages rescued, soldiers killed, wounded or missing, weapons, rounds and vehicles seized,
camps destroyed, troops deployed, people displaced or returned are the figures; calibres,
dates, years, times, durations, ages, ordinals, operation and unit names with numbers,
percentages and money are marked as negatives. How the guideline was applied where it is
silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in ops_nigeria.py, ops_africa.py, ops_asia.py and ops_americas.py
(imported below, in that order, so the build is deterministic). `item` (in _wrap.py) collapses
each text's whitespace to single spaces and hands it to figset's `F`.

    python eval/dev226/build.py            # write figures.jsonl and validate it
    python eval/dev226/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import ops_nigeria  # noqa: E402,F401
import ops_africa  # noqa: E402,F401
import ops_asia  # noqa: E402,F401
import ops_americas  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev226", HERE, "ma", 226, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
