"""Build eval/dev74/figures.jsonl from the hand-written items in the modules beside it.

A seventy-fourth evaluation set for the figure extractor, written blind: humanitarian needs,
response and access in conflicts (2015-2025). People in need, targeted and reached; people
facing acute food insecurity and famine (IPC); malnourished children and pregnant women; people
displaced, hosted and returning; aid trucks and convoys entering or blocked, airdrops, tonnes of
food and medicine, latrines and tents; health facilities functioning or closed; schools used as
shelters; aid workers killed, detained or abducted; access denied; cholera and measles cases,
vaccination campaigns, cash assistance; and the violence behind the need (killed, injured,
kidnapped). Settings: Gaza, Sudan, South Sudan, Yemen, Syria, Afghanistan, Haiti, the DRC,
Ethiopia, Somalia, the Sahel, Myanmar and Ukraine; sources: OCHA, WFP, UNICEF, UNHCR, IOM, WHO,
the IPC, MSF, the ICRC, NRC, Save the Children, the IRC, the Famine Review Committee, ministries
and local officials. Years, dates, durations, ages, percentages, money, IPC phases, rates per
10,000, ratios, measurements (litres, kilocalories, kilometres), ordinals and numbers in names
(Resolution 2417, Route 60, M23) are marked as negatives. How the guideline was applied where it
is silent (in need, targeted, reached; famine; malnutrition; cases; vaccinations; trucks needed):
README.md, "Decisions". Items of 1 to 5 sentences; eight hold numbers but no figure.

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in arts_gaza.py, arts_sudan.py, arts_yemen_syria.py,
arts_africa.py and arts_asia_haiti_ukraine.py (imported below, in that order, so the build is
deterministic). Each module writes its texts as wrapped triple-quoted strings; `item` (in
_wrap.py) collapses their whitespace to single spaces and hands them to figset's `F`.

Figures are marked inline in each item (the marks: eval/figset/marks.py).

    python eval/dev74/build.py            # write figures.jsonl and validate it
    python eval/dev74/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import arts_gaza  # noqa: E402,F401
import arts_sudan  # noqa: E402,F401
import arts_yemen_syria  # noqa: E402,F401
import arts_africa  # noqa: E402,F401
import arts_asia_haiti_ukraine  # noqa: E402,F401

# isort: on

# items of 1 to 5 sentences (as the shared splitter counts them: a quoted sentence that ends
# inside the quote counts as one)
CONFIG = SetConfig("dev74", HERE, "fy", 74, chars=(100, 900), sentences=(1, 5))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
