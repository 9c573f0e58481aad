"""Build eval/dev334/figures.jsonl from the hand-written items in the modules beside it.

A three-hundred-and-thirty-fourth evaluation set for the figure extractor, written blind: after
the caliphate, Iraq and north-east Syria, 2017-2026 (al-Hol and Roj camps, ISIS detainees and
prisons, repatriation of foreign women and children, Sinjar and the Yazidis, Mosul's rebuilding,
mass graves, the closure of the camps in Kurdistan), texts of 3 to 12 sentences in the style of
the wires, the agencies' releases and the regional press. Dates, money, percentages, ages,
durations, ordinals, measurements and numbers in names are marked as negatives; the figures are
the counts of people held and repatriated, camp populations, returns, the missing, bodies
exhumed, homes rebuilt and militants killed in raids. How the guideline was applied where it is
silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in camps.py, detention.py, sinjar.py and iraq.py (imported below, in
that order, so the build is deterministic). `item` (in _wrap.py) collapses each text's
whitespace to single spaces and hands it to figset's `F`.

    python eval/dev334/build.py            # write figures.jsonl and validate it
    python eval/dev334/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import camps  # noqa: E402,F401
import detention  # noqa: E402,F401
import sinjar  # noqa: E402,F401
import iraq  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev334", HERE, "oc", 334, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
