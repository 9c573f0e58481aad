"""Build eval/dev332/conflict.jsonl (and the empty eval/dev332/figures.jsonl).

dev332 is a blind set of whole articles (a title and 6 to 14 sentences) from the weather and
climate desk, 2014-2026, every region: forecasts, storms, heat, floods, droughts, wildfires and
climate reports, with the desk's war words used loosely (bomb cyclones, atmospheric rivers, heat
domes, firefighters battling blazes, flood defences, a climate war footing), storms that hit camps
of people who fled wars long ago, climate migrants, and, in about a third, weather stories that
report current armed conflict or political violence (storms flooding camps while strikes go on,
heat in war zones where strikes cut water and power, fires started by shelling, aid and troops
blocked or ambushed during floods, riots and crackdowns over heat, water and climate projects).
Labels follow eval/README.md (section 1). The texts, with their labels, are in the helper modules
texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 332, gives them ids
ut0001... and writes the files.

    python3 eval/dev332/build.py            # validate, print the counts, write the files
    python3 eval/dev332/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_beyond import NEGATIVES as NEG_BEYOND  # noqa: E402
from texts_neg_desk import NEGATIVES as NEG_DESK  # noqa: E402
from texts_neg_storms import NEGATIVES as NEG_STORMS  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = NEG_STORMS + NEG_DESK + NEG_BEYOND

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev332",
            HERE,
            "ut",
            332,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
