"""Build eval/dev388/conflict.jsonl (and the empty eval/dev388/figures.jsonl).

dev388 is a blind set of whole articles (a title and 6 to 14 sentences) from the music,
concerts and festivals desk, 2014-2026, every region, in the style of Rolling Stone, Billboard,
the NME, the Guardian's music pages and the wires: crowd crushes and stage collapses, heat,
storms and fires at festivals, shootings and foiled plots, drill and war-themed albums, rap
beefs and battles, ticketing wars, tours cancelled over illness, songs and anniversaries of
old wars and old attacks, Eurovision rows, peaceful protests and peace concerts, with their war
words used loosely, and, in about a third, current armed conflict and political violence that
reaches music (attacks on concerts, clubs and festivals as they happened, musicians killed or
abducted in wars, venues hit, shows cancelled because of rockets, riots and crackdowns). Labels
follow eval/README.md (section 1). The texts, with their labels, are in the helper modules
texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 388, gives them ids
wv0001... and writes the files.

    python3 eval/dev388/build.py            # validate, print the counts, write the files
    python3 eval/dev388/build.py --table    # also print the counts as markdown tables
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
from texts_neg_c import NEGATIVES as NEG_C  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = NEG_A + NEG_B + NEG_C

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev388",
            HERE,
            "wv",
            388,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
