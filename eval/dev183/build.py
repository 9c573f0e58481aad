"""Build eval/dev183/conflict.jsonl: a blind conflict set of whole articles from the heritage,
museums, archaeology and libraries desks, 2015-2026 (excavations, openings, restitution,
trafficking, UNESCO listings, restorations after past wars, and heritage news where violence is
happening now). Labels follow eval/README.md, section 1; the texts live in the texts_*.py
modules of this folder and the shared machinery in eval/conflictset.

    python eval/dev183/build.py [--table]
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared conflictset package
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_crime_disaster_accident import NEGATIVES as NEG_CRIME_DISASTER  # noqa: E402
from texts_neg_history_entertainment import NEGATIVES as NEG_HISTORY_ENT  # noqa: E402
from texts_neg_other import NEGATIVES as NEG_OTHER  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = NEG_HISTORY_ENT + NEG_CRIME_DISASTER + NEG_OTHER

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev183",
            HERE,
            "lx",
            183,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
