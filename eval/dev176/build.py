"""Build eval/dev176/figures.jsonl from the hand-written items in the modules beside it.

A hundred-and-seventy-sixth evaluation set for the figure extractor, written blind: children in
war and crisis, with their numbers, 2012-2026, every region. Short articles and excerpts (3 to
10 sentences) in the style of the wires, the humanitarian press and the national press that
quote UNICEF, Save the Children and the UN's annual report on children and armed conflict:
children killed and maimed, recruited and released, abducted and freed, schools attacked,
occupied and closed, children out of school, unaccompanied and separated children, orphans,
children deported and brought back, treated in hospitals, born in camps and held in detention.
Ages, grades, percentages, ratios, money, dates, years, durations and rankings are mixed in and
marked as negatives. How the guideline was applied where it is silent: README.md, "Decisions".
Five texts hold numbers but no figure.

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in tolls.py, groups.py, schools.py, borders.py, custody.py and
care.py (imported below, in that order, so the build is deterministic). Each module writes its
texts as wrapped triple-quoted strings; `item` (in _wrap.py) collapses their whitespace to
single spaces and hands them to figset's `F`.

    python eval/dev176/build.py            # write figures.jsonl and validate it
    python eval/dev176/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import tolls  # noqa: E402,F401
import groups  # noqa: E402,F401
import schools  # noqa: E402,F401
import borders  # noqa: E402,F401
import custody  # noqa: E402,F401
import care  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev176", HERE, "iy", 176, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
