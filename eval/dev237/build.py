"""Build eval/dev237/conflict.jsonl (and the empty eval/dev237/figures.jsonl).

dev237 is a blind set of whole articles (a title and 6 to 14 sentences) from the picture desk,
2014-2026, every region, as the BBC, Reuters, AP, AFP and the Guardian write it: photo galleries,
"In pictures", "The week in photos", caption-led stories, photographers' portfolios and notebooks,
photo prizes, set photographs and exhibitions, each a title and a run of captions or a short
text around images. Negatives are galleries of festivals, peaceful protests, storms, floods,
fires and accidents, sport, fashion weeks, old war photographs in exhibitions and anniversaries,
military parades and exercises, photo prizes and film sets, with the desk's war words used
loosely; positives (about a third) are galleries and caption stories from a war or an uprising
under way that show its current strikes, fighting, dead, wounded or people fleeing. Labels
follow eval/README.md (section 1). The texts, with their labels, are in the helper modules
texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 237, gives them ids
dy0001... and writes the files.

    python3 eval/dev237/build.py            # validate, print the counts, write the files
    python3 eval/dev237/build.py --table    # also print the counts as markdown tables
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
            "dev237",
            HERE,
            "dy",
            237,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
