"""Build eval/dev294/figures.jsonl from the hand-written items in the modules beside it.

A two-hundred-and-ninety-fourth evaluation set for the figure extractor, written blind:
migrants who die or go missing on the way, 2014-2026 (the central, eastern and western
Mediterranean and the Channel, the Atlantic route to the Canary Islands, the Bay of Bengal, the
Gulf of Aden and the Indian Ocean, the Sahara, the Horn of Africa and Europe's land borders, the
Darien Gap, Mexico and the US border desert), texts of 3 to 12 sentences in the style of the
wires, IOM and UNHCR releases, coast guards, medical examiners and NGOs. The Missing Migrants
Project's counts, shipwrecks, desert deaths, bodies recovered and identified, survivors rescued
and smugglers arrested are the figures; fiscal years, years, dates, ages, times, durations,
ordinals, percentages, money, distances, depths, temperatures and numbers in names are marked as
negatives. How the guideline was applied where it is silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in med.py, oceans.py, desert.py and americas.py (imported below, in
that order, so the build is deterministic). `item` (in _wrap.py) collapses each text's whitespace
to single spaces and hands it to figset's `F`.

    python eval/dev294/build.py            # write figures.jsonl and validate it
    python eval/dev294/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import med  # noqa: E402,F401
import oceans  # noqa: E402,F401
import desert  # noqa: E402,F401
import americas  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev294", HERE, "ni", 294, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
