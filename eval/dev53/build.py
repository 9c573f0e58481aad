"""Build eval/dev53/conflict.jsonl (and the empty eval/dev53/figures.jsonl).

dev53 is a set of short news items (a headline and 1 to 4 sentences, 80 to 700 characters) in
the register of an ordinary day of the European, Middle East and North American wires and
broadsheets (the styles of Reuters, AP, AFP, DW, France 24, the BBC, the Guardian, Politico
Europe, the Kyiv Independent, the Times of Israel, Al-Monitor, Al Jazeera English, the New York
Times and CBC), in natural proportions: about a third conflict (Ukraine and Russia, Gaza, the
West Bank, Lebanon, Syria, Yemen and the Red Sea, Iraq, Iran and Israel, Sudan, the Sahel,
north-east Nigeria, Somalia, eastern Congo, Armenia and Azerbaijan, Kosovo, Northern Ireland,
Turkey and the PKK, Colombia, Mexico's cartel war, Haiti, and riots and crackdowns in Georgia,
France, Turkey, Serbia and the United States), two thirds not (what those desks carry on an
ordinary day: politics and economy with their war words, peace talks, anniversaries, films and
books about war, sport, crime, disasters, accidents, health, peaceful protests and strikes, the
military without violence, and plain news), labelled by the guideline of eval/README.md
(section 1). The texts, with their labels, are in the helper modules texts_*.py of this folder:

    POSITIVES and NEGATIVES, in the layout eval/conflictset/__init__.py gives

eval/conflictset/__init__.py says what happens to them (here with seed 53 and ids
cp0001...). The shared builder checks the positive share (0.30 to
0.38, the natural range the brief gave) before it writes anything. Decisions where the guideline is
silent are in README.md.

    python3 eval/dev53/build.py            # validate, print the counts, write the files
    python3 eval/dev53/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_disaster_accident_health import NEGATIVES as NEG_DISASTER  # noqa: E402
from texts_neg_other import NEGATIVES as NEG_OTHER  # noqa: E402
from texts_neg_peace_history_culture import NEGATIVES as NEG_PEACE_HISTORY  # noqa: E402
from texts_neg_politics_economy import NEGATIVES as NEG_POLITICS  # noqa: E402
from texts_neg_protest_military import NEGATIVES as NEG_PROTEST_MILITARY  # noqa: E402
from texts_neg_sport_crime import NEGATIVES as NEG_SPORT_CRIME  # noqa: E402
from texts_pos_africa_latam import POSITIVES as POS_AFRICA_LATAM  # noqa: E402
from texts_pos_europe_namerica import POSITIVES as POS_EUROPE  # noqa: E402
from texts_pos_middle_east import POSITIVES as POS_MIDDLE_EAST  # noqa: E402

POSITIVES = POS_EUROPE + POS_MIDDLE_EAST + POS_AFRICA_LATAM
NEGATIVES = (
    NEG_POLITICS
    + NEG_PEACE_HISTORY
    + NEG_SPORT_CRIME
    + NEG_DISASTER
    + NEG_PROTEST_MILITARY
    + NEG_OTHER
)

add_items(POSITIVES, NEGATIVES)

# texts: 80 to 700 characters, 1 to 4 sentences; typing slips refused
# near_dup: the default 0.5 (Jaccard overlap of content words); short items share few words, so
# it catches only a text written twice or lightly reworded (README.md gives the highest pair).
sys.exit(
    run(
        ConflictConfig(
            "dev53",
            HERE,
            "cp",
            53,
            sentences=(1, 4),
            min_text_chars=80,
            max_text_chars=700,
            check_glued=True,
            max_title_chars=120,
            near_dup=0.5,
            positive_share=(0.30, 0.38),  # natural proportions
        )
    )
)
