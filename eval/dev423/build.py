"""Build eval/dev423/figures.jsonl from the hand-written items in the modules beside it.

A four-hundred-and-twenty-third evaluation set for the figure extractor, written blind: the
Kyrgyz-Tajik border clashes and Central Asia's borders, 2021-2026 (Batken, Isfara, Kok-Tash and
Ak-Sai in April 2021 and September 2022, the evacuations, the homes, schools and shops burned,
the border treaty of 2025 and the relocations and reopened crossings that followed, the
Kyrgyz-Uzbek and Tajik-Uzbek borders, Kazakhstan's unrest of January 2022, Karakalpakstan's of
July 2022, Gorno-Badakhshan in 2022 and the Afghan soldiers who crossed north in 2021), texts of
3 to 12 sentences in the style of the wires, the regional press, the governments, the border
services, the health ministries, the Red Crescent and the UN. Dates, years, times, durations,
ages, ordinals, percentages, money, measurements, scores and numbers in names are marked as
negatives; the figures are the counts of people, households, structures and things. How the
guideline was applied where it is silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in border_2021.py, border_2022.py, border_deal.py and
unrest_borders.py (imported below, in that order, so the build is deterministic). `item` (in
_wrap.py) collapses each text's whitespace to single spaces and hands it to figset's `F`.

    python eval/dev423/build.py            # write figures.jsonl and validate it
    python eval/dev423/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import border_2021  # noqa: E402,F401
import border_2022  # noqa: E402,F401
import border_deal  # noqa: E402,F401
import unrest_borders  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev423", HERE, "pz", 423, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
