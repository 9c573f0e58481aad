"""Build eval/dev359/figures.jsonl from the hand-written items in the modules beside it.

A three-hundred-and-fifty-ninth evaluation set for the figure extractor, written blind: the
Central African Republic, 2014-2026 (the Seleka and anti-balaka years, MINUSCA, the CPC
rebellion of 2020-21, Wagner and the Africa Corps, Bangassou, Bria, Kaga-Bandoro, Haut-Mbomou
and the Azande Ani Kpi Gbe, refugees in Cameroon, Chad and the DRC), texts of 3 to 12
sentences in the style of the wires, the UN mission, the aid agencies and the national press.
Civilians killed, peacekeepers killed and wounded, people sheltering at churches and
displacement sites, refugees and returnees and fighters disarmed are the figures; years,
dates, money, percentages, ages, times, durations, ordinals, distances and numbers in names
(PK5, 3R, resolutions) are marked as negatives. How the guideline was applied where it is
silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in car_seleka.py, car_minusca.py, car_cpc.py and car_east.py
(imported below, in that order, so the build is deterministic). `item` (in _wrap.py)
collapses each text's whitespace to single spaces and hands it to figset's `F`.

    python eval/dev359/build.py            # write figures.jsonl and validate it
    python eval/dev359/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import car_seleka  # noqa: E402,F401
import car_minusca  # noqa: E402,F401
import car_cpc  # noqa: E402,F401
import car_east  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev359", HERE, "op", 359, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
