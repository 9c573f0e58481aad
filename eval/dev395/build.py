"""Build eval/dev395/conflict.jsonl (and the empty eval/dev395/figures.jsonl).

dev395 is a blind set of whole articles (a title and 6 to 14 sentences) from the Gulf press in
English, 2014-2026, in the style of The National, Gulf News, Arab News, Khaleej Times and
Al-Monitor's Gulf pages, on any topic: Expo 2020 and real estate, Formula One in Abu Dhabi and
Jeddah, OPEC+ decisions, camel racing and falconry, the Hajj, heatwaves and the rare floods,
summits and normalisation deals, the battle for tourists, defence fairs, anniversaries, courts and
culture, with their war words used loosely, and, in about a third, current armed conflict or
political violence as the Gulf press reports it (the Houthi attacks on Abu Dhabi and on Saudi
Aramco, Iran's missiles on Al Udeid, Israel's strike in Doha, the Yemen war, attacks on shipping
in the Gulf of Oman and the Red Sea, mosque bombings, crackdowns). Labels follow eval/README.md
(section 1). The texts, with their labels, are in the helper modules texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 395, gives them ids
wy0001... and writes the files.

    python3 eval/dev395/build.py            # validate, print the counts, write the files
    python3 eval/dev395/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_a import NEGATIVES as NEG_A  # noqa: E402
from texts_neg_b import NEGATIVES as NEG_B  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = NEG_A + NEG_B

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev395",
            HERE,
            "wy",
            395,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
