"""Build eval/dev78/figures.jsonl from the hand-written items in the modules beside it.

A seventy-eighth evaluation set for the figure extractor, written blind: fighting forces and
their losses in war reporting that relays the claims of armies, defence ministries and armed
groups and of the monitors who check them (2012-2025). Troops deployed, massed, mobilised or
withdrawn; fighters, militants and soldiers killed, "neutralised", wounded, captured,
surrendered, defected and recruited (child soldiers included); prisoners of war exchanged and
bodies returned; claims and counter-claims; daily, weekly and cumulative tallies of enemy
losses (personnel, tanks, drones, artillery systems); strikes, sorties and attacks counted;
civilians killed in the same reports; peacekeepers; mercenaries and foreign fighters; militias;
displacement from the fighting. Settings: Ukraine and Russia, Gaza, Israel and Lebanon, Syria,
Iraq, Yemen, Sudan, the Sahel, Nigeria, Somalia, the DRC, Mozambique, Myanmar, Afghanistan and
Pakistan, Colombia and the Philippines. Years, dates, durations, ages, percentages, fractions,
money, ordinals, unit and weapon names (47th Brigade, Su-34, S-300, Unit 8200), calibres,
distances, altitudes, resolutions and vote tallies are marked as negatives. How the guideline
was applied where it is silent (losses and casualties, "neutralised", captured, surrendered,
prisoner swaps, equipment destroyed, strikes counted): README.md, "Decisions". Items of 1 to 5
sentences; eight hold numbers but no figure.

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in arts_ukraine.py, arts_israel_lebanon.py, arts_syria_iraq_yemen.py,
arts_africa.py and arts_asia_americas.py (imported below, in that order, so the build is
deterministic). Each module writes its texts as wrapped triple-quoted strings; `item` (in
_wrap.py) collapses their whitespace to single spaces and hands them to figset's `F`.

Figures are marked inline in each item (the marks: eval/figset/marks.py).

    python eval/dev78/build.py            # write figures.jsonl and validate it
    python eval/dev78/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import arts_ukraine  # noqa: E402,F401
import arts_israel_lebanon  # noqa: E402,F401
import arts_syria_iraq_yemen  # noqa: E402,F401
import arts_africa  # noqa: E402,F401
import arts_asia_americas  # noqa: E402,F401

# isort: on

# items of 1 to 5 sentences (as the shared splitter counts them: a quoted sentence that ends
# inside the quote counts as one)
CONFIG = SetConfig("dev78", HERE, "ha", 78, chars=(100, 900), sentences=(1, 5))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
