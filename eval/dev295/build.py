"""Build eval/dev295/conflict.jsonl (and the empty eval/dev295/figures.jsonl).

dev295 is a blind set of whole articles (a title and 6 to 14 sentences) from the agriculture
and food prices desk, 2014-2026, every region, in the style of Reuters, Bloomberg, the Financial
Times and the farm papers: harvests, grain deals and corridors, fertiliser, livestock, locusts,
droughts, farm protests and food inflation. The negatives carry the desk's war words used
loosely (price wars, trade wars, the "war on weeds", pests "attacking" crops, tractor "sieges"),
export bans, droughts and floods, animal disease, accidents, farm crime, grain deals and truces,
and old wars' famines recalled; in about a third, the positives report current organised
violence that reaches farms and food (strikes on ports, silos and fields, farmers killed or
fleeing fighting, herders' and bandits' attacks on villages, blockades under fire, and farm and
food protests that turned violent). Labels follow eval/README.md (section 1). The texts, with
their labels, are in the helper modules texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 295, gives them ids
ub0001... and writes the files.

    python3 eval/dev295/build.py            # validate, print the counts, write the files
    python3 eval/dev295/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_desk import NEGATIVES as NEG_DESK  # noqa: E402
from texts_neg_fields import NEGATIVES as NEG_FIELDS  # noqa: E402
from texts_neg_markets import NEGATIVES as NEG_MARKETS  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = NEG_MARKETS + NEG_FIELDS + NEG_DESK

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev295",
            HERE,
            "ub",
            295,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
