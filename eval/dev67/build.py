"""Build eval/dev67/conflict.jsonl (and the empty eval/dev67/figures.jsonl).

dev67 is a set of news items (a headline and 2 to 6 sentences, 150 to 1,100 characters) in the
idiom of the Middle East and Ukraine/Russia war desks of the wires and the regional
English-language press (Reuters, AP, AFP, Al Jazeera English, Times of Israel, The National,
Kyiv Independent, Ukrainska Pravda, Meduza, Arab News, Rudaw), 2014 to 2025: Gaza, the West
Bank and Israel, Lebanon and Hezbollah, Syria before and after the fall of Assad, Iraq and the
Kurdistan Region, Yemen and the Red Sea, Iran, and the war in Ukraine and inside Russia. The
positives are the current events the guideline counts (strikes, shelling, drone and missile
attacks, assaults and incursions, raids, massacres, settler attacks, hostages, terrorist
attacks, sabotage, crackdowns on protest, evacuation orders, displacement, blocked aid, famine
and disease in war zones); the negatives, almost all hard, use the same words for ceasefire and
hostage-deal talks, prisoner exchanges, courts and sanctions, laws on mobilisation, arms
deliveries, weapons tests and exercises, anniversaries, films and Eurovision, earthquakes,
sandstorms, floods, crashes and industrial explosions, epidemics, peaceful marches and labour
strikes, football and boxing, energy, grain and shipping markets, elections. Labels follow
eval/README.md (section 1). The texts, with their labels, are in the helper modules
texts_*.py of this folder:

    POSITIVES and NEGATIVES, in the layout eval/conflictset/__init__.py gives

eval/conflictset/__init__.py says what happens to them (here with seed 67 and ids
cw0001...). The shared builder checks the positive share (0.35 to 0.45, the range the brief
gave) before it writes anything. Decisions where the guideline is silent are in README.md.

    python3 eval/dev67/build.py            # validate, print the counts, write the files
    python3 eval/dev67/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_defence import NEGATIVES as NEG_DEFENCE  # noqa: E402
from texts_neg_diplomacy import NEGATIVES as NEG_DIPLOMACY  # noqa: E402
from texts_neg_economy_other import NEGATIVES as NEG_ECONOMY_OTHER  # noqa: E402
from texts_neg_hazards import NEGATIVES as NEG_HAZARDS  # noqa: E402
from texts_neg_justice_politics import NEGATIVES as NEG_JUSTICE_POLITICS  # noqa: E402
from texts_neg_memory_culture import NEGATIVES as NEG_MEMORY_CULTURE  # noqa: E402
from texts_neg_street_sport import NEGATIVES as NEG_STREET_SPORT  # noqa: E402
from texts_pos_gaza_westbank import POSITIVES as POS_GAZA_WESTBANK  # noqa: E402
from texts_pos_iraq_yemen_iran import POSITIVES as POS_IRAQ_YEMEN_IRAN  # noqa: E402
from texts_pos_lebanon_syria import POSITIVES as POS_LEBANON_SYRIA  # noqa: E402
from texts_pos_ukraine_front import POSITIVES as POS_UKRAINE_FRONT  # noqa: E402
from texts_pos_ukraine_russia_strikes import POSITIVES as POS_UKRAINE_RUSSIA_STRIKES  # noqa: E402

POSITIVES = (
    POS_GAZA_WESTBANK
    + POS_LEBANON_SYRIA
    + POS_IRAQ_YEMEN_IRAN
    + POS_UKRAINE_FRONT
    + POS_UKRAINE_RUSSIA_STRIKES
)
NEGATIVES = (
    NEG_DIPLOMACY
    + NEG_JUSTICE_POLITICS
    + NEG_DEFENCE
    + NEG_MEMORY_CULTURE
    + NEG_HAZARDS
    + NEG_STREET_SPORT
    + NEG_ECONOMY_OTHER
)

add_items(POSITIVES, NEGATIVES)

# texts: 150 to 1,100 characters, 2 to 6 sentences, as in dev65; titles up to 140 characters;
# typing slips refused; near_dup: the default 0.5 (Jaccard overlap of content words).
sys.exit(
    run(
        ConflictConfig(
            "dev67",
            HERE,
            "cw",
            67,
            sentences=(2, 6),
            min_text_chars=150,
            max_text_chars=1100,
            check_glued=True,
            max_title_chars=140,
            near_dup=0.5,
            positive_share=(0.35, 0.45),  # the share the brief gave
        )
    )
)
