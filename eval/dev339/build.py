"""Build eval/dev339/conflict.jsonl (and the empty eval/dev339/figures.jsonl).

dev339 is a blind set of whole articles (a title and 6 to 14 sentences) from the fashion, luxury
and design desk, 2014-2026, every region: collections, fashion weeks, brands, retail, models,
factories and the trade, with the desk's war words used loosely (camouflage and military-style
collections, bomber jackets, luxury price wars, takeover battles, designers' feuds, shows and
exhibitions about past wars, boycotts and protests over brands, sweatshop fires) and, in about a
third, current armed conflict or political violence that reaches the desk (designers working
under strikes, factories shelled or looted, models and staff killed or displaced by fighting,
shows cancelled after attacks, riots and crackdowns). Labels follow eval/README.md (section 1).
The texts, with their labels, are in the helper modules texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 339, gives them ids
uw0001... and writes the files.

    python3 eval/dev339/build.py            # validate, print the counts, write the files
    python3 eval/dev339/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_culture import NEGATIVES as NEG_CULTURE  # noqa: E402
from texts_neg_hazard import NEGATIVES as NEG_HAZARD  # noqa: E402
from texts_neg_trade import NEGATIVES as NEG_TRADE  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = NEG_TRADE + NEG_CULTURE + NEG_HAZARD

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev339",
            HERE,
            "uw",
            339,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
