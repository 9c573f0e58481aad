"""Build eval/dev290/figures.jsonl from the hand-written items in the modules beside it.

A two-hundred-and-ninetieth evaluation set for the figure extractor, written blind: Lebanon,
2023-2026 (the cross-border war from October 2023, the escalation of September to November
2024, the ceasefire of November 27, 2024 and the returns after it, and the strikes, army
deployment and rebuilding of 2025-2026), texts of 3 to 12 sentences in the style of the wires,
broadcasters, the Lebanese press and the agencies' updates. Israeli strikes on the south, the
Bekaa and Beirut's southern suburbs, the dead and wounded, people displaced to schools and
shelters or to Syria, returns, homes destroyed, soldiers and rescuers killed, as the health
ministry, the government's disaster unit, UNHCR, IOM, the army, the Israeli military and the
wires report them. Fiscal years, dates, money, percentages, ages, times, durations,
distances and numbers in names are marked as negatives. How the guideline was applied where
it is silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in front_2023_24.py, escalation_2024.py, ceasefire_returns.py and
strikes_2025_26.py (imported below, in that order, so the build is deterministic). `item` (in
_wrap.py) collapses each text's whitespace to single spaces and hands it to figset's `F`.

    python eval/dev290/build.py            # write figures.jsonl and validate it
    python eval/dev290/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import front_2023_24  # noqa: E402,F401
import escalation_2024  # noqa: E402,F401
import ceasefire_returns  # noqa: E402,F401
import strikes_2025_26  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev290", HERE, "ng", 290, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
