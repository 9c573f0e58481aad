"""Build eval/dev16/figures.jsonl from the hand-written texts in the modules beside it.

A sixteenth tuning set for the figure extractor: the everyday mix a news feed carries, conflict
and not. About a third of the texts are conflict and political-violence stories, a third
disasters and accidents (floods, earthquakes, cyclones, landslides, fires, building collapses,
migrant shipwrecks, mine accidents, stampedes, train and bus crashes, epidemics), and a third
other news rich in numbers that are mostly not figures (economy, elections, sport, weather,
science, budgets, court cases, tech), with the occasional real count.

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/ (the set was written with a copy of dev10's; its figures.jsonl is byte-identical
with both). What is dev16's own is in CONFIG: ids "y0001"... shuffled with seed 16, a few more
nouns for the unit helper, no title (case and punctuation folded) shared with eval/, dev2 ...
dev10, dev12, dev13 or dev14, and the longer summary.

The texts are in the texts_*.py modules of this folder, as TEXTS lists, added below in the order
they were written, so the build is deterministic. Figures are marked inline in each text (the
marks: eval/figset/marks.py).

    python eval/dev16/build.py            # write figures.jsonl and validate it
    python eval/dev16/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the text modules

from figset import F, SetConfig, run  # noqa: E402
from texts_conflict_1_2 import TEXTS as CONFLICT_1_2  # noqa: E402
from texts_conflict_3_5 import TEXTS as CONFLICT_3_5  # noqa: E402
from texts_disasters_1_2 import TEXTS as DISASTERS_1_2  # noqa: E402
from texts_disasters_3_4 import TEXTS as DISASTERS_3_4  # noqa: E402
from texts_mixed_5 import TEXTS as MIXED_5  # noqa: E402
from texts_no_figure import TEXTS as NO_FIGURE  # noqa: E402
from texts_other_news import TEXTS as OTHER_NEWS  # noqa: E402

CONFIG = SetConfig(
    "dev16",
    HERE,
    "y",
    16,
    structure_nouns=frozenset({"halls", "gyms", "stadiums", "tenements"}),
    other_nouns=frozenset(
        {
            "lifeboats",
            "pumps",
            "filters",
            "bottles",
            "cows",
            "pigs",
            "poultry",
            "chickens",
            "carriages",
            "wagons",
        }
    ),
    # their figures.jsonl only, to check that no title or text is shared (labels not read)
    titles_apart=(
        "",
        "dev2",
        "dev3",
        "dev4",
        "dev5",
        "dev6",
        "dev7",
        "dev8",
        "dev9",
        "dev10",
        "dev12",
        "dev13",
        "dev14",
    ),
    long_summary=True,
)

# the texts in the order they were written; it fixes the shuffled order
TEXTS = (
    CONFLICT_1_2 + CONFLICT_3_5 + DISASTERS_1_2 + DISASTERS_3_4 + MIXED_5 + OTHER_NEWS + NO_FIGURE
)
for _item in TEXTS:
    F(*_item)


if __name__ == "__main__":
    sys.exit(run(CONFIG))
