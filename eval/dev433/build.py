"""Build eval/dev433/figures.jsonl from the hand-written items in the modules beside it.

A four-hundred-and-thirty-third evaluation set for the figure extractor, written blind:
political prisoners, exiles and stripped citizenship in Nicaragua, Venezuela, Belarus and Iran,
2018-2026 (Nicaragua's 2018 crackdown and the 222 expelled to the United States in 2023,
Venezuela's arrests after the election of July 2024 and Foro Penal's counts, Belarus after 2020
and the pardons and releases of 2024-2025, Iran's 2022 protests and its executions), texts of 3
to 12 sentences in the style of the wires, broadcasters, rights groups and national press.
Dates, years, ages, sentences in years, durations, money, percentages, ordinals and numbers in
names are marked as negatives; the figures are the counts of people arrested, held, sentenced,
released, expelled, exiled, killed, executed and stripped of citizenship, and of the
organisations, outlets and homes closed or seized. How the guideline was applied where it is
silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in nicaragua.py, venezuela.py, belarus.py and iran.py (imported
below, in that order, so the build is deterministic). `item` (in _wrap.py) collapses each
text's whitespace to single spaces and hands it to figset's `F`.

    python eval/dev433/build.py            # write figures.jsonl and validate it
    python eval/dev433/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import nicaragua  # noqa: E402,F401
import venezuela  # noqa: E402,F401
import belarus  # noqa: E402,F401
import iran  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev433", HERE, "qh", 433, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
