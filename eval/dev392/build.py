"""Build eval/dev392/figures.jsonl from the hand-written items in the modules beside it.

A three-hundred-and-ninety-second evaluation set for the figure extractor, written blind: Ituri
and North Kivu's Beni and Lubero territories, 2019-2026 (CODECO attacks on displacement camps
such as Plaine Savo and Lala near Djaiba, ADF massacres in Beni, Lubero and Komanda including the
church attack of July 2025, the state of siege, MONUSCO's bases sheltering the displaced, the
joint Ugandan and Congolese operations), texts of 3 to 12 sentences in the style of the wires,
the UN agencies, the Kivu Security Tracker and the regional press. The figures are the people
killed, wounded, abducted, displaced and sheltering near bases, the fighters killed and
captured, the homes burned and the aid counted; dates, money, percentages, ages, times,
durations, distances, vote tallies and numbers in names are marked as negatives. How the
guideline was applied where it is silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in ituri_codeco.py, beni_adf.py, lubero_komanda.py and
operations_siege.py (imported below, in that order, so the build is deterministic). `item` (in
_wrap.py) collapses each text's whitespace to single spaces and hands it to figset's `F`.

    python eval/dev392/build.py            # write figures.jsonl and validate it
    python eval/dev392/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import ituri_codeco  # noqa: E402,F401
import beni_adf  # noqa: E402,F401
import lubero_komanda  # noqa: E402,F401
import operations_siege  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev392", HERE, "pg", 392, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
