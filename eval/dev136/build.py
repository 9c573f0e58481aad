"""Build eval/dev136/figures.jsonl from the hand-written items in the modules beside it.

A hundred-and-thirty-sixth evaluation set for the figure extractor, written blind: the
statements and press releases of humanitarian organisations (MSF, the ICRC and the Red
Cross and Red Crescent societies, NRC, IRC, Save the Children, UNICEF, WFP, UNHCR, IOM, OCHA,
WHO, Oxfam, CARE, Islamic Relief, Amnesty, Human Rights Watch) as newsrooms turn them into
copy, 2016-2026, all regions: short items of 3 to 5 sentences and whole articles of up to 14.
Years, dates, appeals, percentages, ages, phone numbers, distances, durations, ordinals and
numbers in names are marked as negatives. How the guideline was applied where it is silent:
README.md, "Decisions". Four texts hold numbers but no figure.

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in st_medical.py, st_children.py, st_displacement.py, st_aid.py
and st_rights.py (imported below, in that order, so the build is deterministic). Each module
writes its texts as wrapped triple-quoted strings; `item` (in _wrap.py) collapses their
whitespace to single spaces and hands them to figset's `F`.

    python eval/dev136/build.py            # write figures.jsonl and validate it
    python eval/dev136/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import st_medical  # noqa: E402,F401
import st_children  # noqa: E402,F401
import st_displacement  # noqa: E402,F401
import st_aid  # noqa: E402,F401
import st_rights  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev136", HERE, "ie", 136, chars=(200, 2200), sentences=(3, 14))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
