"""Build eval/dev228/figures.jsonl from the hand-written items in the modules beside it.

A two-hundred-and-twenty-eighth evaluation set for the figure extractor, written blind: the
monitors' periodic counts of civilian harm, 2014-2026 (the UN Human Rights Monitoring Mission in
Ukraine's monthly updates, UNAMA's reports on Afghanistan, the Yemen Data Project, ACLED and
Airwars summaries, OCHA and UNICEF tallies for Gaza, Sudan, Myanmar, Syria and the Sahel) as the
wires report them, texts of 3 to 12 sentences. Years, dates, months, periods, ages, ordinals,
percentages (the share caused by a weapon among them), money and measurements are marked as
negatives; the figures are the counts of people killed, injured, displaced, detained or missing,
of homes, schools and hospitals damaged, of attacks and of aid. How the guideline was applied
where it is silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in mon_ukraine.py, mon_asia.py, mon_gaza.py and mon_africa.py
(imported below, in that order, so the build is deterministic). `item` (in _wrap.py) collapses
each text's whitespace to single spaces and hands it to figset's `F`.

    python eval/dev228/build.py            # write figures.jsonl and validate it
    python eval/dev228/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import mon_ukraine  # noqa: E402,F401
import mon_asia  # noqa: E402,F401
import mon_gaza  # noqa: E402,F401
import mon_africa  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev228", HERE, "mb", 228, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
