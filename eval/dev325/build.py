"""Build eval/dev325/conflict.jsonl (and the empty eval/dev325/figures.jsonl).

dev325 is a blind set of whole articles (a title and 6 to 14 sentences) from the environment and
wildlife desk, 2014-2026, every region: conservation, parks, rangers, poaching and wildlife
crime, oil spills and industrial pollution, the 'war on plastic' and other policy fights, culls,
climate and land protests, droughts, fires and floods, old wars' damage to nature, films and
books, and, in about a third, current armed conflict or political violence that reaches the
desk (rangers killed by militias or jihadists, parks fought over or seized by rebels, oil and
water infrastructure bombed and burning, environmental defenders killed by armed groups or in
raids, villages burned as forests are felled, environmental protests that turned violent or
were put down by force). Labels follow eval/README.md (section 1). The texts, with their
labels, are in the helper modules texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 325, gives them ids
uq0001... and writes the files.

    python3 eval/dev325/build.py            # validate, print the counts, write the files
    python3 eval/dev325/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_crime import NEGATIVES as NEG_CRIME  # noqa: E402
from texts_neg_hazard import NEGATIVES as NEG_HAZARD  # noqa: E402
from texts_neg_words import NEGATIVES as NEG_WORDS  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = NEG_CRIME + NEG_HAZARD + NEG_WORDS

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev325",
            HERE,
            "uq",
            325,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
