"""Build eval/dev399/figures.jsonl from the hand-written items in the modules beside it.

A three-hundred-and-ninety-ninth evaluation set for the figure extractor, written blind:
Bangladesh's July 2024 uprising and its aftermath, 2024-2026 (the quota protests, the
shoot-on-sight curfew, the fall of Sheikh Hasina on 5 August, the attacks on police stations and
on Hindu homes and temples that followed, the injured treated at home and abroad, the cases, the
detained and the missing, the UN fact-finding report, the tribunal and the politics of 2025-2026),
texts of 3 to 12 sentences in the style of the wires, the Bangladeshi national press and the
statements of the interim government, the OHCHR, Ain o Salish Kendra and the police. Dates,
times, durations, ages, ordinals, percentages, money and numbers in names are marked as
negatives. How the guideline was applied where it is silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in july.py, august.py, wounds.py and reckoning.py (imported below, in
that order, so the build is deterministic). `item` (in _wrap.py) collapses each text's whitespace
to single spaces and hands it to figset's `F`.

    python eval/dev399/build.py            # write figures.jsonl and validate it
    python eval/dev399/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import july  # noqa: E402,F401
import august  # noqa: E402,F401
import wounds  # noqa: E402,F401
import reckoning  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev399", HERE, "pj", 399, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
