"""Build eval/dev400/figures.jsonl from the hand-written items in the modules beside it.

A four-hundredth evaluation set for the figure extractor, written blind: Papua, Indonesia,
2018-2026 (the TPNPB's attacks on road builders in Nduga, the hostage-taking of the New Zealand
pilot Phillip Mehrtens, military operations in Intan Jaya, Puncak and Maybrat, villagers
displaced to forests and towns, soldiers and police sent, teachers and health workers killed,
the 2019 Wamena unrest), texts of 3 to 12 sentences in the style of the wires, the Indonesian
press in English, church groups and rights monitors. Dates, money, percentages, ages, times,
durations, measurements, ordinals and numbers in names are marked as negatives; the figures are
the counts of soldiers, rebels and civilians killed, hostages, people displaced and returned,
troops deployed, and schools, clinics and homes burned. How the guideline was applied where it
is silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in papua_nduga.py, papua_highlands.py, papua_wamena.py and
papua_west.py (imported below, in that order, so the build is deterministic). `item` (in
_wrap.py) collapses each text's whitespace to single spaces and hands it to figset's `F`.

    python eval/dev400/build.py            # write figures.jsonl and validate it
    python eval/dev400/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import papua_nduga  # noqa: E402,F401
import papua_highlands  # noqa: E402,F401
import papua_wamena  # noqa: E402,F401
import papua_west  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev400", HERE, "pk", 400, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
