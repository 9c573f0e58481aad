"""Build eval/dev326/figures.jsonl from the hand-written items in the modules beside it.

A three-hundred-and-twenty-sixth evaluation set for the figure extractor, written blind:
Colombia after the FARC peace deal, 2016-2026 (the ELN, the FARC dissidents and the Clan del
Golfo; Catatumbo, Arauca, Cauca, Valle del Cauca, Nariño, Chocó, Antioquia, Córdoba, Bolívar,
Guaviare, Putumayo and the Sierra Nevada), texts of 3 to 12 sentences in the style of the wires
and of the reports of the Ombudsman's office, OCHA, Indepaz, the JEP, the army and the ICRC.
Communities confined, people displaced, social leaders and peace signatories killed, children
recruited, massacres, people kidnapped and freed, soldiers and police killed, tonnes of cocaine
seized. Years, dates, ages, times, durations, ordinals, percentages, money, hectares and other
measurements, and numbers in names are marked as negatives. How the guideline was applied where
it is silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in catatumbo.py, pacific.py, north.py and national.py (imported
below, in that order, so the build is deterministic). `item` (in _wrap.py) collapses each text's
whitespace to single spaces and hands it to figset's `F`.

    python eval/dev326/build.py            # write figures.jsonl and validate it
    python eval/dev326/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import catatumbo  # noqa: E402,F401
import pacific  # noqa: E402,F401
import north  # noqa: E402,F401
import national  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev326", HERE, "ny", 326, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
