"""Build eval/dev232/figures.jsonl from the hand-written items in the modules beside it.

A two-hundred-and-thirty-second evaluation set for the figure extractor, written blind: schools
and universities in war and crisis, 2014-2026 (Gaza, Syria, Yemen, Ukraine, Afghanistan,
Myanmar, Sudan, the Sahel, north-east Nigeria, DR Congo, Haiti), texts of 3 to 12 sentences in
the style of the wires, UNICEF, Save the Children, education ministries and the Global Coalition
to Protect Education from Attack. Grades, ages, percentages, dates, school years, exam names,
money and durations are marked as negatives; the figures are the counts of pupils, students,
teachers, schools, classrooms, learning spaces, kits and meals. How the guideline was applied
where it is silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in edu_mideast.py, edu_europe_asia.py, edu_africa.py and
edu_haiti_reports.py (imported below, in that order, so the build is deterministic). `item` (in
_wrap.py) collapses each text's whitespace to single spaces and hands it to figset's `F`.

    python eval/dev232/build.py            # write figures.jsonl and validate it
    python eval/dev232/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import edu_mideast  # noqa: E402,F401
import edu_europe_asia  # noqa: E402,F401
import edu_africa  # noqa: E402,F401
import edu_haiti_reports  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev232", HERE, "md", 232, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
