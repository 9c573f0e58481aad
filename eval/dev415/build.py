"""Build eval/dev415/figures.jsonl from the hand-written items in the modules beside it.

A four-hundred-and-fifteenth evaluation set for the figure extractor, written blind: North
Africa's migrants, 2017-2026 (Tunisia's Sfax, the olive-grove camps of El Amra and Jebeniana
and the 2023 expulsions to the Libyan and Algerian borders; Libya's detention centres, its
coast guard, its traffickers and mass graves; Algeria's expulsions into the desert and the
convoys to Assamaka in Niger; shipwrecks, interceptions and IOM's return flights), texts of 3
to 12 sentences in the style of the wires, the agencies (IOM, UNHCR, MSF, Alarm Phone, Human
Rights Watch) and the national press. Years, dates, ages, times, durations, ordinals,
percentages, money, distances, temperatures and numbers in names are marked as negatives; the
figures are the counts of people, families, shelters, boats, flights and aid. How the
guideline was applied where it is silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in tunisia.py, libya.py, algeria_niger.py and sea_returns.py
(imported below, in that order, so the build is deterministic). `item` (in _wrap.py)
collapses each text's whitespace to single spaces and hands it to figset's `F`.

    python eval/dev415/build.py            # write figures.jsonl and validate it
    python eval/dev415/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import tunisia  # noqa: E402,F401
import libya  # noqa: E402,F401
import algeria_niger  # noqa: E402,F401
import sea_returns  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev415", HERE, "pt", 415, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
