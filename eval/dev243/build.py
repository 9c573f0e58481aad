"""Build eval/dev243/conflict.jsonl (and the empty eval/dev243/figures.jsonl).

dev243 is a blind set of whole articles (a title and 6 to 14 sentences) from the space and
satellite desk, 2014-2026, every region, in the style of Reuters, AP, AFP, Space.com, the BBC
and national papers: launches and launch failures, missile, spy-satellite and anti-satellite
tests, the militarisation of orbit, GPS jamming and spoofing of airliners, satellite images of
floods, fires, quakes and glaciers, falling debris, Starlink's business and politics, space
history and culture, and, in about a third, satellite imagery or space-desk reporting of
strikes, fighting, the destruction of towns or flight in a war or uprising under way. Labels
follow eval/README.md (section 1). The texts, with their labels, are in the helper modules
texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 243, gives them ids
tb0001... and writes the files.

    python3 eval/dev243/build.py            # validate, print the counts, write the files
    python3 eval/dev243/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_business import NEGATIVES as NEG_BUSINESS  # noqa: E402
from texts_neg_earth import NEGATIVES as NEG_EARTH  # noqa: E402
from texts_neg_military import NEGATIVES as NEG_MILITARY  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = NEG_MILITARY + NEG_EARTH + NEG_BUSINESS

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev243",
            HERE,
            "tb",
            243,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
