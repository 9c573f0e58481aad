"""Build eval/dev216/figures.jsonl from the hand-written items in the modules beside it.

A two-hundred-and-sixteenth evaluation set for the figure extractor, written blind: migration by
land routes and at land borders, 2014-2026 (the Darien Gap, the US-Mexico border and Mexico's
south, Venezuelans walking into Colombia and on to Chile, the Sahara and Niger's Agadez, Libya's
desert, Melilla's fence, Sudanese crossing into Chad and Egypt, the Balkan route, the
Belarus-Poland and Finland-Russia borders, Norway's Arctic crossing, Iran-Turkey, Afghans sent
back from Iran and Pakistan, the Rohingya crossing into Bangladesh, Myanmar's borders with India
and Thailand), texts of 3 to 12 sentences in the style of the wires, broadcasters, the national
press and the agencies' statements. Crossings, encounters, deaths, the missing, children
travelling alone, pushbacks, people stranded, shelters full, smugglers arrested, people returned
or deported are the figures; kilometres, temperatures, prices paid to smugglers, percentages,
ages, dates, durations and numbers in names are marked as negatives. How the guideline was
applied where it is silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in land_americas.py, land_africa.py, land_europe.py and
land_asia.py (imported below, in that order, so the build is deterministic). `item` (in
_wrap.py) collapses each text's whitespace to single spaces and hands it to figset's `F`.

    python eval/dev216/build.py            # write figures.jsonl and validate it
    python eval/dev216/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import land_americas  # noqa: E402,F401
import land_africa  # noqa: E402,F401
import land_europe  # noqa: E402,F401
import land_asia  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev216", HERE, "lr", 216, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
