"""Build eval/dev432/figures.jsonl from the hand-written items in the modules beside it.

A four-hundred-and-thirty-second evaluation set for the figure extractor, written blind:
Afghans returned and deported from Pakistan and Iran, 2023-2026 (Pakistan's 'Illegal
Foreigners Repatriation Plan' of October 2023 and its later phases for Afghan Citizen Card and
Proof of Registration holders, the Torkham and Spin Boldak/Chaman crossings, Iran's mass
deportations of 2024-2025 through Islam Qala and Milak, the Herat earthquakes of 2023 and the
Kunar earthquake of 2025 that struck returnees, the reception camps), texts of 3 to 12
sentences in the style of the wires, the agencies' updates and the regional press. Dates,
money, percentages, ages, durations, measurements, ordinals and numbers in names are marked as
negatives; the figures are the counts of people, households, structures and things. How the
guideline was applied where it is silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in pak_2023.py, pak_2025.py, iran.py and afghanistan.py (imported
below, in that order, so the build is deterministic). `item` (in _wrap.py) collapses each
text's whitespace to single spaces and hands it to figset's `F`.

    python eval/dev432/build.py            # write figures.jsonl and validate it
    python eval/dev432/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import pak_2023  # noqa: E402,F401
import pak_2025  # noqa: E402,F401
import iran  # noqa: E402,F401
import afghanistan  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev432", HERE, "qg", 432, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
