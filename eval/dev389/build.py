"""Build eval/dev389/conflict.jsonl (and the empty eval/dev389/figures.jsonl).

dev389 is a blind set of whole articles (a title and 6 to 14 sentences) from the Ukrainian press
in translation, 2022-2026, in the style of Ukrainska Pravda, the Kyiv Independent, Suspilne,
Ukrinform and NV, on any topic: corruption cases and NABU raids, mobilisation law debates,
energy tariffs and blackouts told as economics, Eurovision and football, the Holodomor and
Second World War commemorations, floods and storms, the 'battle' over the budget and the
reforms for EU accession, with the desk's war words used loosely, and, in about a third,
current armed conflict or political violence (missile and drone strikes on cities, front-line
fighting, evacuations from Donetsk and Kharkiv oblasts, prisoner exchanges reported with the
fighting that goes on, strikes on the power grid, civilians killed by shelling). Labels follow
eval/README.md (section 1). The texts, with their labels, are in the helper modules texts_*.py
of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 389, gives them ids
ww0001... and writes the files.

    python3 eval/dev389/build.py            # validate, print the counts, write the files
    python3 eval/dev389/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_desks import NEGATIVES as NEG_DESKS  # noqa: E402
from texts_neg_politics import NEGATIVES as NEG_POLITICS  # noqa: E402
from texts_neg_society import NEGATIVES as NEG_SOCIETY  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = NEG_POLITICS + NEG_SOCIETY + NEG_DESKS

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev389",
            HERE,
            "ww",
            389,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
