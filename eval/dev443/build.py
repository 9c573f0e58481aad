"""Build eval/dev443/figures.jsonl from the hand-written items in the modules beside it.

A four-hundred-and-forty-third evaluation set for the figure extractor, written blind: Ituri and
North Kivu's Beni and Lubero territories, DR Congo, 2019-2026 (massacres by the ADF/ISCAP and by
CODECO militias, attacks on displacement sites, churches and hospitals, the joint operations of
the Congolese and Ugandan armies, MONUSCO's patrols, kidnappings, Ebola responses disrupted, the
displaced in Bunia and Beni, and returns), texts of 3 to 12 sentences in the register of the
wires, the UN agencies, NGOs and the Congolese press. Years, dates, times, ages, durations,
ordinals, percentages and fractions, money, measurements and numbers in names are marked as
negatives. How the guideline was applied where it is silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in adf_beni.py, codeco_ituri.py, operations.py, displaced.py and
health.py (imported below, in that order, so the build is deterministic). `item` (in _wrap.py)
collapses each text's whitespace to single spaces and hands it to figset's `F`.

    python eval/dev443/build.py            # write figures.jsonl and validate it
    python eval/dev443/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import adf_beni  # noqa: E402,F401
import codeco_ituri  # noqa: E402,F401
import operations  # noqa: E402,F401
import displaced  # noqa: E402,F401
import health  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev443", HERE, "qp", 443, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
