"""Build eval/dev436/conflict.jsonl (and the empty eval/dev436/figures.jsonl).

dev436 is a blind set of whole articles (a title and 6 to 14 sentences) from the Egyptian and
Jordanian press in English, 2014-2026, in the style of Ahram Online, Egypt Independent, Daily
News Egypt, Mada Masr, the Jordan Times and Roya News: the pound and the IMF, Suez Canal revenues
and the Red Sea slump told as economics, tourism and the Grand Egyptian Museum, archaeology,
football, train and road crashes, building collapses, floods, the Nile dam, ceasefire and
reconstruction diplomacy in Cairo, elections, activists' cases, drug seizures on Jordan's border,
military exercises and the royal family, with their war words used loosely, and, in about a
third, current armed conflict and political violence as these papers report it (Sinai militants
and the army, attacks on churches, Israeli strikes on Gaza and the West Bank, border shootings,
drones from Yemen, Sudan's war on Egypt's south, Jordan's clashes with armed smugglers, attacks
in Jordan and crackdowns on protests). Labels follow eval/README.md (section 1). The texts, with
their labels, are in the helper modules texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 436, gives them ids
xl0001... and writes the files.

    python3 eval/dev436/build.py            # validate, print the counts, write the files
    python3 eval/dev436/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_culture import NEGATIVES as NEG_CULTURE  # noqa: E402
from texts_neg_hazard import NEGATIVES as NEG_HAZARD  # noqa: E402
from texts_neg_money import NEGATIVES as NEG_MONEY  # noqa: E402
from texts_neg_politics import NEGATIVES as NEG_POLITICS  # noqa: E402
from texts_neg_security import NEGATIVES as NEG_SECURITY  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = NEG_MONEY + NEG_CULTURE + NEG_HAZARD + NEG_SECURITY + NEG_POLITICS

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev436",
            HERE,
            "xl",
            436,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
