"""Build eval/dev46/figures.jsonl from the hand-written items in the modules beside it.

A forty-sixth evaluation set for the figure extractor, written blind: "speeches, briefings and
quoted statements". About 130 items of 1 to 5 sentences in that register: Security Council
briefings by under-secretaries-general and envoys, the UN spokesperson's noon briefing, agency
officials at Geneva press briefings, ministers, army spokespeople, governors and mayors at
press conferences, NGO heads in interviews, parliamentary statements, televised addresses and
wire reports of them. Figures sit in direct quotes and reported speech, with nested attribution
("the envoy told the council that, according to UNHCR, ..."), attribution after the figure,
rival figures from different speakers, corrections, hedges, projections and breakdowns.
Years, dates, times, ages, durations, percentages, money, measurements, resolution, article
and meeting numbers, ordinals, vote tallies and numbers in names are marked as negatives.

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in arts_council.py, arts_briefings.py, arts_officials.py and
arts_voices.py (imported below, in that order, so the build is deterministic).

Figures are marked inline in each item (the marks: eval/figset/marks.py).

    python eval/dev46/build.py            # write figures.jsonl and validate it
    python eval/dev46/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import arts_council  # noqa: E402,F401
import arts_briefings  # noqa: E402,F401
import arts_officials  # noqa: E402,F401
import arts_voices  # noqa: E402,F401

# isort: on

# items of 1 to 5 sentences (as the shared splitter counts them: a quoted sentence that ends
# inside the quote counts as one)
CONFIG = SetConfig("dev46", HERE, "fk", 46, chars=(100, 700), sentences=(1, 5))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
