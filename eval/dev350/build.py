"""Build eval/dev350/figures.jsonl from the hand-written items in the modules beside it.

A three-hundred-and-fiftieth evaluation set for the figure extractor, written blind: Venezuela,
2014-2026 (the protests and crackdowns of 2014, 2017, 2019 and 2024, the OLP raids, colectivos,
political prisoners and their releases, enforced disappearances, the exodus and the returns, the
Tren de Aragua, the blackouts of 2019, the soldiers who defected, and the US strikes on boats in
2025), texts of 3 to 12 sentences in the style of the wires, the UN, the rights groups (Foro
Penal, Provea), R4V, the attorney general and the opposition. Dates, money, percentages, ages,
durations, ordinals, measurements and years are marked as negatives. How the guideline was
applied where it is silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in ve_protests.py, ve_prisoners.py, ve_exodus.py and ve_sea.py
(imported below, in that order, so the build is deterministic). `item` (in _wrap.py) collapses
each text's whitespace to single spaces and hands it to figset's `F`.

    python eval/dev350/build.py            # write figures.jsonl and validate it
    python eval/dev350/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import ve_protests  # noqa: E402,F401
import ve_prisoners  # noqa: E402,F401
import ve_exodus  # noqa: E402,F401
import ve_sea  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev350", HERE, "ok", 350, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
