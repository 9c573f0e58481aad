"""Build eval/dev164/figures.jsonl from the hand-written items in the modules beside it.

A hundred-and-sixty-fourth evaluation set for the figure extractor, written blind: health
emergencies and their numbers, 2014-2026, every region, in and out of wars. Outbreaks
(cholera, measles, Ebola, mpox, dengue, diphtheria, polio and others) in camps, cities and war
zones; hospitals and clinics overwhelmed, closed, attacked or evacuated; patients treated,
admitted, referred and evacuated; health workers killed, infected or on strike; malnutrition
and famine; vaccination campaigns; heatwaves and poisonings. Texts of 3 to 10 sentences in the
manner of WHO, Reuters, AP, AFP, The New Humanitarian, MSF and UNICEF lines as the news quotes
them, STAT, Health Policy Watch, Dawn, Premium Times, The Hindu and Al Jazeera. Rates, case
fatality rates, percentages, money, ages, years, dates, durations, temperatures, strain and
variant names and doses per person are marked as negatives. How the guideline was applied
where it is silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in the five modules imported below (in that order, so the build
is deterministic). Each module writes its texts as wrapped triple-quoted strings; `item` (in
_wrap.py) collapses their whitespace to single spaces and hands them to figset's `F`.

    python eval/dev164/build.py            # write figures.jsonl and validate it
    python eval/dev164/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import outbreaks_a  # noqa: E402,F401
import outbreaks_b  # noqa: E402,F401
import care  # noqa: E402,F401
import hunger  # noqa: E402,F401
import campaigns  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev164", HERE, "is", 164, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
