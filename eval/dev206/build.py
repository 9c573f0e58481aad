"""Build eval/dev206/figures.jsonl from the hand-written items in the modules beside it.

A two-hundred-and-sixth evaluation set for the figure extractor, written blind: evacuations of
foreign nationals and diplomats from wars and crises, 2014-2026 (Kabul 2021, Ukraine 2022,
Sudan 2023, Niger 2023, Israel, Lebanon and Gaza's Rafah crossing 2023-2024, Haiti 2024, Libya
2014, Yemen 2015), texts of 3 to 12 sentences in the register of foreign and defence ministries,
the wires and the national press. Flight times, distances, fares, money, years, dates, ages,
durations, ordinals, percentages and numbers in names (aircraft, units, resolutions) are marked
as negatives; the figures are the counts of people, households, buildings and things. How the
guideline was applied where it is silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in evac_kabul_ukraine.py, evac_sudan_niger.py, evac_levant.py and
evac_haiti_libya_yemen.py (imported below, in that order, so the build is deterministic).
`item` (in _wrap.py) collapses each text's whitespace to single spaces and hands it to
figset's `F`.

    python eval/dev206/build.py            # write figures.jsonl and validate it
    python eval/dev206/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import evac_kabul_ukraine  # noqa: E402,F401
import evac_sudan_niger  # noqa: E402,F401
import evac_levant  # noqa: E402,F401
import evac_haiti_libya_yemen  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev206", HERE, "lm", 206, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
