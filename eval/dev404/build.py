"""Build eval/dev404/conflict.jsonl (and the empty eval/dev404/figures.jsonl).

dev404 is a blind set of whole articles (a title and 6 to 14 sentences) from the property and
housing desk, 2014-2026, every region, in the style of the Financial Times, Bloomberg, the
Guardian's housing pages and the wires: prices, bidding wars and price wars, mortgages,
developers in trouble, the 'war' on short lets, rent controls, squatters and rent protests,
court-ordered evictions and demolitions, tower fires and collapses, construction accidents,
earthquakes, floods and wildfires that destroy homes, military housing, rebuilding and
anniversaries, with their war words used loosely, and, in about a third, current armed conflict
or political violence that reaches homes (apartment blocks hit by missiles in Kyiv, Dnipro and
Kharkiv, homes destroyed by strikes in Gaza and Lebanon, buildings shelled in Khartoum, settlers
seizing and burning homes, housing for people displaced by fighting, riots and crackdowns over
housing). Labels follow eval/README.md (section 1). The texts, with their labels, are in the
helper modules texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 404, gives them ids
xd0001... and writes the files.

    python3 eval/dev404/build.py            # validate, print the counts, write the files
    python3 eval/dev404/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_hazard import NEGATIVES as NEG_HAZARD  # noqa: E402
from texts_neg_market import NEGATIVES as NEG_MARKET  # noqa: E402
from texts_neg_policy import NEGATIVES as NEG_POLICY  # noqa: E402
from texts_neg_street import NEGATIVES as NEG_STREET  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = NEG_MARKET + NEG_POLICY + NEG_STREET + NEG_HAZARD

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev404",
            HERE,
            "xd",
            404,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
