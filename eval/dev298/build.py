"""Build eval/dev298/figures.jsonl from the hand-written items in the modules beside it.

A two-hundred-and-ninety-eighth evaluation set for the figure extractor, written blind: UN
envoys' briefings and the Secretary-General's reports, 2014-2026, as the wires and the UN's own
news write them up: the numbers read out to the Security Council and the Human Rights Council
on Syria, Yemen, Gaza and the West Bank, Sudan, the DRC, the Sahel, Myanmar, Ukraine and Haiti
(people killed, displaced, detained, in need; grave violations against children; peacekeepers
and aid workers killed), texts of 3 to 12 sentences. Fiscal years, dates, money, percentages,
ages, durations, ordinals, session and resolution numbers are marked as negatives. How the
guideline was applied where it is silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in mideast.py, africa.py, asia_europe_americas.py and reports.py
(imported below, in that order, so the build is deterministic). `item` (in _wrap.py) collapses
each text's whitespace to single spaces and hands it to figset's `F`.

    python eval/dev298/build.py            # write figures.jsonl and validate it
    python eval/dev298/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import mideast  # noqa: E402,F401
import africa  # noqa: E402,F401
import asia_europe_americas  # noqa: E402,F401
import reports  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev298", HERE, "nk", 298, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
