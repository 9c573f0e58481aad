"""Build eval/dev208/figures.jsonl from the hand-written items in the modules beside it.

A two-hundred-and-eighth evaluation set for the figure extractor, written blind: disasters that
strike war zones, 2014-2026 (the February 2023 earthquake in north-west Syria and its border
crossings, floods in Gaza's tent camps, the Derna floods in divided Libya, the Kakhovka dam
flood, cholera in Yemen and Haiti, floods in Sudan's and South Sudan's camps, Somalia's droughts
and floods amid al-Shabaab, cyclones and floods in Myanmar's conflict areas, landslides and
quakes in Afghanistan, fires in the Rohingya camps), texts of 3 to 12 sentences in the register
of OCHA, the IFRC, the White Helmets, WHO, UNHCR, local authorities and the wires. Magnitudes,
rainfall, water levels, money, dates, ages, durations and percentages are marked as negatives;
the figures are the counts of the dead, injured, missing, displaced and sheltered, of homes and
tents, of trucks and teams, of cases and of people in need, and the war's own counts beside
them. How the guideline was applied where it is silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in syria_gaza.py, libya_ukraine_cholera.py, sudan_somalia.py and
myanmar_afghan_rohingya.py (imported below, in that order, so the build is deterministic).
`item` (in _wrap.py) collapses each text's whitespace to single spaces and hands it to
figset's `F`.

    python eval/dev208/build.py            # write figures.jsonl and validate it
    python eval/dev208/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import syria_gaza  # noqa: E402,F401
import libya_ukraine_cholera  # noqa: E402,F401
import sudan_somalia  # noqa: E402,F401
import myanmar_afghan_rohingya  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev208", HERE, "ln", 208, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
