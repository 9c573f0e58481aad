"""Build eval/dev111/conflict.jsonl (and the empty eval/dev111/figures.jsonl).

dev111 is a blind set of whole articles on migration, asylum and refugees, near to and far from
the fighting, 2016-2025, in natural proportions: a headline and a body of 6 to 14 sentences in the
style of Reuters, AP, AFP, the Guardian, the BBC, Al Jazeera, InfoMigrants, the New Humanitarian,
DW, Le Monde in English, ABC Australia and regional dailies. About a third report current
organised violence or its direct consequences (people fleeing fighting now, camps attacked,
strikes on the road out, a siege, mobs attacking refugees, stones and tear gas at a border
fence); the rest is migration news that names wars without reporting current violence (policy,
courts, deportations, wrecks at sea, smugglers on trial, integration, anniversaries, athletes
and artists). Labels follow eval/README.md (section 1). The texts, with their labels, are in the
helper modules texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 111, gives them ids
kt0001... and writes the files. The builder refuses newlines, so paragraphs are joined by single
spaces.

    python3 eval/dev111/build.py            # validate, print the counts, write the files
    python3 eval/dev111/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_hard_a import NEGATIVES as NEG_HARD_A  # noqa: E402
from texts_neg_hard_b import NEGATIVES as NEG_HARD_B  # noqa: E402
from texts_neg_hard_c import NEGATIVES as NEG_HARD_C  # noqa: E402
from texts_neg_hard_d import NEGATIVES as NEG_HARD_D  # noqa: E402
from texts_neg_other import NEGATIVES as NEG_OTHER  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402
from texts_pos_c import POSITIVES as POS_C  # noqa: E402

POSITIVES = POS_A + POS_B + POS_C
NEGATIVES = NEG_HARD_A + NEG_HARD_B + NEG_HARD_C + NEG_HARD_D + NEG_OTHER

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev111",
            HERE,
            "kt",
            111,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.22, 0.42),
        )
    )
)
