"""Build eval/dev80/figures.jsonl from the hand-written items in the modules beside it.

An eightieth evaluation set for the figure extractor, written blind: children and education in
armed conflict (2014-2025), in the register of UNICEF, Save the Children, the UN
Secretary-General's annual report on children and armed conflict, Education Cannot Wait, the
Global Coalition to Protect Education from Attack, War Child, Plan International and the news
written from them. Children killed, maimed, orphaned, recruited and used, released from armed
groups and reintegrated, abducted (Chibok, Kankara, Kuriga), missing, detained, separated,
displaced, returned and repatriated (al-Hol), deported or transferred (Ukraine), out of school
and treated for malnutrition; schools attacked, damaged, destroyed, closed, used as shelters or
by armed forces; teachers killed and abducted; grave violations verified by year and by party.
Settings: Gaza and Israel, Ukraine, Sudan and eastern Chad, South Sudan, Somalia, Ethiopia,
Nigeria, the central Sahel, the DRC, the Central African Republic, Mozambique, Yemen, Syria,
Afghanistan, Myanmar, Lebanon, Colombia and Haiti. Ages, years, dates, durations, school grades,
percentages and fractions, money, ordinals, resolution and article numbers and multipliers are
marked as negatives. How the guideline was applied where it is silent (recruited and released
children, orphans, separated children, out of school, grave violations and attacks counted,
schools by what happened to them, deported children): README.md, "Decisions". Items of 1 to 5
sentences; eight hold numbers but no figure.

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in arts_gaza_ukraine.py, arts_sudan_horn.py,
arts_west_central_africa.py, arts_mideast_asia.py and arts_global_americas.py (imported below,
in that order, so the build is deterministic). Each module writes its texts as wrapped
triple-quoted strings; `item` (in _wrap.py) collapses their whitespace to single spaces and
hands them to figset's `F`.

Figures are marked inline in each item (the marks: eval/figset/marks.py).

    python eval/dev80/build.py            # write figures.jsonl and validate it
    python eval/dev80/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import arts_gaza_ukraine  # noqa: E402,F401
import arts_sudan_horn  # noqa: E402,F401
import arts_west_central_africa  # noqa: E402,F401
import arts_mideast_asia  # noqa: E402,F401
import arts_global_americas  # noqa: E402,F401

# isort: on

# items of 1 to 5 sentences (as the shared splitter counts them: a quoted sentence that ends
# inside the quote counts as one)
CONFIG = SetConfig("dev80", HERE, "hb", 80, chars=(100, 900), sentences=(1, 5))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
