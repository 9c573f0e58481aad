"""Build eval/dev426/figures.jsonl from the hand-written items in the modules beside it.

A four-hundred-and-twenty-sixth evaluation set for the figure extractor, written blind: attacks
on schools and the education of children in war, 2014-2026 (GCPEA's Education under Attack
reports, Education Cannot Wait, schools used as shelters or military bases, students and
teachers killed and abducted in Nigeria, Burkina Faso, Mali, Niger, Cameroon, Sudan, the DRC,
Somalia, Ethiopia, Mozambique, Haiti, Colombia, Gaza and the West Bank, Yemen, Syria, Lebanon,
Iraq, Afghanistan, Ukraine, Russia, Myanmar, Pakistan and Israel), texts of 3 to 12 sentences
in the style of the wires, the agencies' statements and the national press. Dates, years,
ages, times, durations, ordinals, percentages, money, scores and numbers in names are marked as
negatives; the figures are the counts of students, teachers, children, families, schools,
attacks and aid. How the guideline was applied where it is silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in schools_westafrica.py, schools_eastafrica.py,
schools_mideast.py and schools_europe_asia.py (imported below, in that order, so the build is
deterministic). `item` (in _wrap.py) collapses each text's whitespace to single spaces and
hands it to figset's `F`.

    python eval/dev426/build.py            # write figures.jsonl and validate it
    python eval/dev426/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import schools_westafrica  # noqa: E402,F401
import schools_eastafrica  # noqa: E402,F401
import schools_mideast  # noqa: E402,F401
import schools_europe_asia  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev426", HERE, "qc", 426, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
