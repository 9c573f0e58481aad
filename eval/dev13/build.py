"""Build eval/dev13/figures.jsonl from the hand-written texts in the modules beside it.

A thirteenth tuning set for the figure extractor: breaking-news and follow-up wire copy (AP,
Reuters, AFP, BBC, Al Jazeera, Kyiv Independent, Times of Israel, Anadolu ...) on wars and attacks
in the Middle East, Europe and Asia: Ukraine and Russia, Gaza, Israel, the West Bank, Lebanon,
Syria, Iraq, Yemen and the Red Sea, Libya, Iran, Pakistan, Afghanistan, Myanmar and Kashmir,
2011-2025. Several categories are often mixed in one sentence (drones and missiles launched,
people killed and wounded with a breakdown, hostages freed and still held, soldiers killed and
captured), with cumulative, revised and claimed counts.

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/ (the set was written with a copy of dev10's; its figures.jsonl is byte-identical
with both). What is dev13's own is in CONFIG: ids "v0001"... shuffled with seed 13, a few more
nouns for the unit helper (weapons and buildings of war reporting), no title (case and
punctuation folded) shared with eval/, dev2 ... dev10, and the longer summary.

The texts are in the texts_*.py modules of this folder, as TEXTS lists, added below in the order
they were written, so the build is deterministic. Figures are marked inline in each text (the
marks: eval/figset/marks.py).

    python eval/dev13/build.py            # write figures.jsonl and validate it
    python eval/dev13/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the text modules

from figset import F, SetConfig, run  # noqa: E402
from texts_follow_ups import TEXTS as FOLLOW_UPS  # noqa: E402
from texts_israel_gaza_lebanon_iran import TEXTS as ISRAEL_GAZA_LEBANON_IRAN  # noqa: E402
from texts_no_figure import TEXTS as NO_FIGURE  # noqa: E402
from texts_south_asia_myanmar import TEXTS as SOUTH_ASIA_MYANMAR  # noqa: E402
from texts_syria_iraq_yemen_libya import TEXTS as SYRIA_IRAQ_YEMEN_LIBYA  # noqa: E402
from texts_ukraine_russia import TEXTS as UKRAINE_RUSSIA  # noqa: E402

CONFIG = SetConfig(
    "dev13",
    HERE,
    "v",
    13,
    structure_nouns=frozenset(
        {
            "blocks",
            "towers",
            "warehouses",
            "bakeries",
            "kindergartens",
            "dormitories",
            "high-rises",
        }
    ),
    other_nouns=frozenset(
        {
            "bombs",
            "projectiles",
            "howitzers",
            "vessels",
            "warships",
            "jets",
            "planes",
            "airstrikes",
            "strikes",
            "interceptors",
            "targets",
            "balloons",
            "tunnels",
            "systems",
            "sorties",
            "incubators",
            "shaheds",
        }
    ),
    # eval/ and dev2-dev10, their figures.jsonl only, loaded to check that no title or text is
    # shared (their labels are not read; eval/holdout/ and dev11 are not opened)
    titles_apart=("", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10"),
    long_summary=True,
)

# the texts in the order they were written; it fixes the shuffled order
TEXTS = (
    UKRAINE_RUSSIA
    + ISRAEL_GAZA_LEBANON_IRAN
    + SYRIA_IRAQ_YEMEN_LIBYA
    + SOUTH_ASIA_MYANMAR
    + NO_FIGURE
    + FOLLOW_UPS
)
for _item in TEXTS:
    F(*_item)


if __name__ == "__main__":
    sys.exit(run(CONFIG))
