"""Build eval/dev131/conflict.jsonl (and the empty eval/dev131/figures.jsonl).

dev131 is a blind set of whole articles from the national press of countries near wars but not at
war (Poland, the Baltic states, Moldova, Romania, Georgia, Armenia, Jordan, Egypt, Cyprus, Kenya,
Chad, Uganda, Rwanda, Thailand, Bangladesh, India's north-east, Colombia's neighbours), every desk,
2023-2026, in natural proportions: a headline and a body of 6 to 14 sentences, about a third of
them reporting current organised violence or its direct consequences wherever it happens (drones
across the border, cross-border shelling, refugees from new fighting, peacekeepers killed, attacks
and crackdowns at home), the rest drills, procurement, memorials, trials, asylum rules, spy cases,
peaceful protests, elections, prices, disasters, sport, schools, health and culture. Labels
follow eval/README.md (section 1). The texts, with their labels, are in the helper modules
texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 131, gives them ids
jc0001... and writes the files. The builder refuses newlines, so paragraphs are joined by single
spaces.

    python3 eval/dev131/build.py            # validate, print the counts, write the files
    python3 eval/dev131/build.py --table    # also print the counts as markdown tables
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
            "dev131",
            HERE,
            "jc",
            131,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.25, 0.42),
        )
    )
)
