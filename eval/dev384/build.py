"""Build eval/dev384/figures.jsonl from the hand-written items in the modules beside it.

A three-hundred-and-eighty-fourth evaluation set for the figure extractor, written blind:
Ukraine's occupied territories, 2022-2026 (children deported to Russia and those brought back,
filtration, civilians detained and missing, forced passportisation, prisoner and civilian
exchanges, people leaving through the Russian border or the Zaporizhzhia crossing, property
seized, conscription of residents), texts of 3 to 12 sentences in the style of the wires,
broadcasters and national press, with Ukraine's ombudsman, Bring Kids Back UA, the UN human
rights monitoring mission, Yale's Humanitarian Research Lab and Russian officials as sources.
Years, dates, ages, durations, ordinals, percentages, money, distances and numbers in names are
marked as negatives. How the guideline was applied where it is silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in occ_children.py, occ_detention.py, occ_exits.py and
occ_property.py (imported below, in that order, so the build is deterministic). `item` (in
_wrap.py) collapses each text's whitespace to single spaces and hands it to figset's `F`.

    python eval/dev384/build.py            # write figures.jsonl and validate it
    python eval/dev384/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import occ_children  # noqa: E402,F401
import occ_detention  # noqa: E402,F401
import occ_exits  # noqa: E402,F401
import occ_property  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev384", HERE, "pc", 384, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
