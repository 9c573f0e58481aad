"""Build eval/dev376/figures.jsonl from the hand-written items in the modules beside it.

A three-hundred-and-seventy-sixth evaluation set for the figure extractor, written blind:
Lebanon's south and the Bekaa under Israeli fire, 2023-2026 (the cross-border exchanges from
October 2023, the escalation of September 2024 and the pager attacks, the ground invasion, the
November 2024 ceasefire and the strikes after it, families sheltering in schools in Beirut and
Mount Lebanon, Syrians and Lebanese crossing into Syria, returns to destroyed villages), texts
of 3 to 12 sentences in the style of the wires, broadcasters, agencies and the Lebanese press.
The figures are people killed and wounded, paramedics killed, people displaced and sheltering,
people crossing the border, homes destroyed and people returning, as the health ministry, the
disaster risk management unit, IOM, UNHCR, the Israeli military and the wires report them.
Dates, years, times, money, percentages, ages, durations, distances, areas and numbers in names
are marked as negatives. How the guideline was applied where it is silent: README.md,
"Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in south_front.py, escalation.py, crossings.py and aftermath.py
(imported below, in that order, so the build is deterministic). `item` (in _wrap.py) collapses
each text's whitespace to single spaces and hands it to figset's `F`.

    python eval/dev376/build.py            # write figures.jsonl and validate it
    python eval/dev376/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import south_front  # noqa: E402,F401
import escalation  # noqa: E402,F401
import crossings  # noqa: E402,F401
import aftermath  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev376", HERE, "oy", 376, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
