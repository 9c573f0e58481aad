"""Build eval/dev401/figures.jsonl from the hand-written items in the modules beside it.

A four-hundred-and-first evaluation set for the figure extractor, written blind: Mozambique's
post-election unrest and the Malawi border, 2024-2025 (the protests after the October 2024
election, the killing of Elvino Dias, police fire on protesters in Maputo, Nampula and the
provinces, the Christmas 2024 jailbreak from Maputo's central prison, the looting of shops and
warehouses, Mozambicans fleeing to Malawi and Eswatini, and the talks that followed), texts of 3
to 12 sentences in the style of the wires, the rights groups, UNHCR and the regional press.
Dates, money, percentages, ages, times, durations, measurements and numbers in names are marked
as negatives; the figures are the counts of people, households, buildings and things. How the
guideline was applied where it is silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in unrest_maputo.py, unrest_provinces.py, jailbreak_looting.py and
border_talks.py (imported below, in that order, so the build is deterministic). `item` (in
_wrap.py) collapses each text's whitespace to single spaces and hands it to figset's `F`.

    python eval/dev401/build.py            # write figures.jsonl and validate it
    python eval/dev401/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import unrest_maputo  # noqa: E402,F401
import unrest_provinces  # noqa: E402,F401
import jailbreak_looting  # noqa: E402,F401
import border_talks  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev401", HERE, "pl", 401, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
