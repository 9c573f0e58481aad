"""Build eval/dev175/conflict.jsonl (and the empty eval/dev175/figures.jsonl).

dev175 is a blind set of whole articles (a title and 6 to 14 sentences, 700 to 2,600 characters)
from the travel, aviation, tourism and weather desks, 2015-2026, in the style of Reuters
aviation, AP travel, AFP, The Points Guy, Skift, Simple Flying, Lonely Planet news, The
Independent's travel desk, CNN Travel, the BBC, Al Jazeera, The National, the Bangkok Post and
the Times of India: travel advisories and "is it safe to go" pieces, airspace closures and
diversions around conflict zones, airlines suspending routes, tourists caught in unrest or
stranded, cruise lines rerouting, hotels and resorts, festivals and pilgrimages, storms,
heatwaves and floods, airport strikes and delays, and travel stories where violence is happening
now. About a third report current organised violence or its direct consequences; many of the
others mention a war without reporting current violence. Labels follow eval/README.md
(section 1). The texts, with their labels, are in the helper modules texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 175, gives them ids
jx0001... and writes the files.

    python3 eval/dev175/build.py            # validate, print the counts, write the files
    python3 eval/dev175/build.py --table    # also print the counts as markdown tables
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
from texts_neg_d import NEGATIVES as NEG_D  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = NEG_A + NEG_B + NEG_C + NEG_D

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev175",
            HERE,
            "jx",
            175,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
