"""Build eval/dev411/figures.jsonl from the hand-written items in the modules beside it.

A four-hundred-and-eleventh evaluation set for the figure extractor, written blind: the Great
Lakes refugee camps, 2015-2026 (Burundians in Nyarugusu, Nduta, Mtendeli and Mahama, Congolese in
Nakivale, Kyangwali, Kiziba, Gihembe and Kakuma, the voluntary repatriation convoys to Burundi,
the WFP's ration cuts, cholera in the camps, camp closures and relocations, and the new arrivals
after the fighting in eastern Congo), texts of 3 to 12 sentences in the style of the wires,
UNHCR, the WFP, MSF, the host governments and the region's press. Years, dates, times, ages,
durations, percentages, money, measurements, scores and numbers in names are marked as
negatives; the figures are the counts of people, households, shelters and things. How the
guideline was applied where it is silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in tanzania_camps.py, rwanda_burundi.py, uganda_settlements.py and
kenya_congo.py (imported below, in that order, so the build is deterministic). `item` (in
_wrap.py) collapses each text's whitespace to single spaces and hands it to figset's `F`.

    python eval/dev411/build.py            # write figures.jsonl and validate it
    python eval/dev411/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import tanzania_camps  # noqa: E402,F401
import rwanda_burundi  # noqa: E402,F401
import uganda_settlements  # noqa: E402,F401
import kenya_congo  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev411", HERE, "pr", 411, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
