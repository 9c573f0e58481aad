"""Build eval/dev64/figures.jsonl from the hand-written items in the modules beside it.

A sixty-fourth evaluation set for the figure extractor, written blind: health, hunger and
disease in war zones and among the displaced (2014-2025). Cholera, measles, dengue, mpox,
diphtheria, polio and hepatitis outbreaks in camps and besieged cities; malnutrition, famine
and IPC phases; hospitals attacked, damaged or out of service; health workers killed,
detained or abducted; aid deliveries (trucks, tonnes, rations, kits, doses, airdrops);
patients evacuated for treatment; people injured and treated. Gaza, Sudan, Yemen, Syria, DR
Congo, Ethiopia, Somalia, South Sudan, Burkina Faso, Nigeria, Ukraine, Haiti, Myanmar,
Bangladesh's Rohingya camps and Afghanistan, as WHO, UNICEF, MSF, WFP, the IPC, OCHA, the
ICRC, health ministries and the press report them. Years, dates, times, durations, ages,
percentages, rates, money, ordinals, IPC phase numbers, measurements, case-fatality rates and
names with numbers are marked as negatives. How the guideline was applied where it is silent
(disease cases, people vaccinated or treated, hospitals out of service, people at risk of
famine, beds and treatment centres): README.md, "Decisions". About 115 items of 1 to 5
sentences; eight hold numbers but no figure.

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in arts_gaza.py, arts_sudan.py, arts_yemen_syria.py,
arts_africa.py, arts_ukraine_haiti.py and arts_asia.py (imported below, in that order, so the
build is deterministic).

Figures are marked inline in each item (the marks: eval/figset/marks.py).

    python eval/dev64/build.py            # write figures.jsonl and validate it
    python eval/dev64/build.py --table    # also print all figures as a table
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
import arts_ukraine_haiti  # noqa: E402,F401
import arts_asia  # noqa: E402,F401

# isort: on

# items of 1 to 5 sentences (as the shared splitter counts them: a quoted sentence that ends
# inside the quote counts as one)
CONFIG = SetConfig("dev64", HERE, "ft", 64, chars=(100, 900), sentences=(1, 5))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
