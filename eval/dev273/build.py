"""Build eval/dev273/conflict.jsonl (and the empty eval/dev273/figures.jsonl).

dev273 is a blind set of whole articles (a title and 6 to 14 sentences) from the South Asian
national press, 2014-2026, as Dawn, The Hindu, The Daily Star and the Kathmandu Post write it,
from India, Pakistan, Bangladesh, Sri Lanka, Nepal and Afghanistan: politics, courts, cricket,
monsoon floods and landslides, accidents, crime, the economy, religion and festivals, peaceful
strikes, anniversaries of old wars and of partition, with the desk's war words used loosely
("war of words", cricket "battles", "war on drugs", "trade war"), and, in about a third, current
militant attacks, security operations, communal and political violence and border firing or
clashes. Labels follow eval/README.md (section 1). The texts, with their labels, are in the
helper modules texts_*.py of this folder, written as plain blocks that _wrap.py turns into:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 273, gives them ids
tq0001... and writes the files.

    python3 eval/dev273/build.py            # validate, print the counts, write the files
    python3 eval/dev273/build.py --table    # also print the counts as markdown tables
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
from texts_neg_politics import NEGATIVES as NEG_POLITICS  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = NEG_POLITICS + NEG_CULTURE + NEG_HAZARD

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev273",
            HERE,
            "tq",
            273,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
