"""Build eval/dev14/figures.jsonl from the hand-written texts in the modules beside it.

A fourteenth tuning set for the figure extractor: longer news stories (4 to 8 sentences) from
mixed outlets (local papers, national broadcasters, features, human-rights reports, court and
police reporting) about conflict, political violence, unrest, crackdowns, massacres, kidnappings
for ransom by armed groups, mass arrests, prison breaks, militia recruitment, land-mine casualties
and their aftermath, in Africa, Latin America, South and Southeast Asia, the Middle East and
Eastern Europe, 2011-2025. The hard part built in: figures whose category depends on an earlier
sentence ("By Friday 4,300 had reached Gao"), figures referred back to ("the 46 abducted
pupils"), corrected and cumulative counts, and sentences where two or three categories meet.

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/ (the set was written with a copy of dev10's; its figures.jsonl is byte-identical
with both). What is dev14's own is in CONFIG: ids "w0001"... shuffled with seed 14, a few more
nouns of unit "other", no title (case and punctuation folded) shared with eval/, dev2 ...
dev10, and the longer summary.

The texts are in the texts_*.py modules of this folder, as TEXTS lists, added below in the order
they were written, so the build is deterministic. Figures are marked inline in each text (the
marks: eval/figset/marks.py).

    python eval/dev14/build.py            # write figures.jsonl and validate it
    python eval/dev14/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the text modules

from figset import F, SetConfig, run  # noqa: E402
from texts_aftermath import TEXTS as AFTERMATH  # noqa: E402
from texts_asia_africa_europe import TEXTS as ASIA_AFRICA_EUROPE  # noqa: E402
from texts_latin_america_mideast import TEXTS as LATIN_AMERICA_MIDEAST  # noqa: E402
from texts_mixed_3 import TEXTS as MIXED_3  # noqa: E402
from texts_mixed_4a import TEXTS as MIXED_4A  # noqa: E402
from texts_mixed_4b import TEXTS as MIXED_4B  # noqa: E402
from texts_no_figure import TEXTS as NO_FIGURE  # noqa: E402
from texts_sahel import TEXTS as SAHEL  # noqa: E402

CONFIG = SetConfig(
    "dev14",
    HERE,
    "w",
    14,
    other_nouns=frozenset({"landmines", "speedboats", "graves", "roadblocks"}),
    # eval/ and dev2-dev10, their figures.jsonl only, to check that no title or text is shared
    # (their labels were not studied; eval/holdout/ and dev11 are not opened)
    titles_apart=("", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10"),
    long_summary=True,
)

# the texts in the order they were written; it fixes the shuffled order
TEXTS = (
    SAHEL
    + LATIN_AMERICA_MIDEAST
    + ASIA_AFRICA_EUROPE
    + AFTERMATH
    + NO_FIGURE
    + MIXED_3
    + MIXED_4A
    + MIXED_4B
)
for _item in TEXTS:
    F(*_item)


if __name__ == "__main__":
    sys.exit(run(CONFIG))
