"""Build eval/dev214/figures.jsonl from the hand-written items in the modules beside it.

A two-hundred-and-fourteenth evaluation set for the figure extractor, written blind:
ceasefires, truces and peace deals and their terms in numbers, 2014-2026 (Gaza, Lebanon,
Yemen, Syria, Israel and Iran; Ukraine's Minsk deals, grain corridor, energy and Easter truces
and prisoner swaps; Nagorno-Karabakh and the Armenia-Azerbaijan accord; Sudan's Jeddah talks,
Ethiopia's Pretoria deal, DR Congo and the M23, Libya, South Sudan, Mozambique, the Central
African Republic and Mali; Colombia, Myanmar, the Philippines, Afghanistan, India and Pakistan,
Thailand and Cambodia), texts of 3 to 12 sentences in the style of the wires, broadcasters and
national press. The figures are the counts of the deals and their aftermath: hostages and
prisoners to be freed, aid trucks, troops to withdraw or deploy, fighters to disarm, displaced
people to go home, monitors, violations counted, people killed since a truce began; many are
projected. Kilometres, phases, days, deadlines, percentages, money, years, dates, times,
ordinals and numbers in names are marked as negatives. How the guideline was applied where it
is silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in truce_mideast.py, truce_europe.py, truce_africa.py and
truce_asia_americas.py (imported below, in that order, so the build is deterministic). `item`
(in _wrap.py) collapses each text's whitespace to single spaces and hands it to figset's `F`.

    python eval/dev214/build.py            # write figures.jsonl and validate it
    python eval/dev214/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import truce_mideast  # noqa: E402,F401
import truce_europe  # noqa: E402,F401
import truce_africa  # noqa: E402,F401
import truce_asia_americas  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev214", HERE, "lq", 214, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
