"""Build eval/dev12/figures.jsonl from the hand-written texts in the modules beside it.

A twelfth tuning set for the figure extractor: humanitarian situation reports, NGO and UN agency
press releases and wire stories about displacement, returns, camps, shelters and aid in conflict
settings (Sudan, South Sudan, Chad, the DRC, Ethiopia, Somalia, Yemen, Syria, Lebanon, Gaza,
Ukraine, Myanmar, Afghanistan, the Sahel, Haiti, Mozambique, Colombia ...), 2012-2025. It
concentrates on the categories that are hardest to tell apart in such reports: displaced,
returned, civilians and other; capacity, housing and aid; and counts whose category comes only
from the story's context.

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/ (the set was written with a copy of dev10's; its figures.jsonl is byte-identical
with both). What is dev12's own is in CONFIG: ids "u0001"... shuffled with seed 12, a few more
nouns of unit "other", no percentage in a figure span, no title (case and punctuation folded)
shared with eval/, dev2 ... dev10, and the longer summary. The copy read "half a million" as
500,000; the shared parser does not, so that one span carries q= and v= (same record).

The texts are in the texts_*.py modules of this folder, as TEXTS lists, added below in the order
they were written, so the build is deterministic. Figures are marked inline in each text (the
marks: eval/figset/marks.py).

    python eval/dev12/build.py            # write figures.jsonl and validate it
    python eval/dev12/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the text modules

from figset import F, SetConfig, run  # noqa: E402
from texts_americas_iraq_horn import TEXTS as AMERICAS_IRAQ_HORN  # noqa: E402
from texts_mideast import TEXTS as MIDEAST  # noqa: E402
from texts_mixed_2_3 import TEXTS as MIXED_2_3  # noqa: E402
from texts_mixed_4 import TEXTS as MIXED_4  # noqa: E402
from texts_no_figure import TEXTS as NO_FIGURE  # noqa: E402
from texts_sudan_chad_drc import TEXTS as SUDAN_CHAD_DRC  # noqa: E402
from texts_ukraine_asia_sahel import TEXTS as UKRAINE_ASIA_SAHEL  # noqa: E402

CONFIG = SetConfig(
    "dev12",
    HERE,
    "u",
    12,
    other_nouns=frozenset(
        {
            "cylinders",
            "stoves",
            "pumps",
            "plots",
            "cubicles",
            "berths",
            "places",
            "spaces",
            "pipes",
            "kitchens",
            "coaches",
            "dhows",
        }
    ),
    # eval/ and dev2-dev10, their figures.jsonl only (labels not studied; eval/holdout/ and dev11
    # not opened)
    titles_apart=("", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10"),
    no_percent=True,  # a percentage is never a figure
    long_summary=True,
)

# the texts in the order they were written; it fixes the shuffled order
TEXTS = (
    SUDAN_CHAD_DRC
    + MIDEAST
    + UKRAINE_ASIA_SAHEL
    + AMERICAS_IRAQ_HORN
    + MIXED_2_3
    + MIXED_4
    + NO_FIGURE
)
for _item in TEXTS:
    F(*_item)


if __name__ == "__main__":
    sys.exit(run(CONFIG))
