"""Build eval/dev346/conflict.jsonl (and the empty eval/dev346/figures.jsonl).

dev346 is a blind set of whole articles (a title and 6 to 14 sentences) from the personal
finance and consumer desk, 2014-2026, every region: banks, mortgages, savings, prices and
inflation, pensions, insurance, scams and fraud, shopping and retail, with the desk's war words
used loosely (price wars, battles between banks, raids on savings, the war on cash, boycotts,
sanctions on banks, insurance after storms) and, in about a third, money stories that report
current armed conflict or political violence (banks shut by fighting, cash crises in besieged
cities, branches and shops hit by strikes, shoppers killed in attacks, riots over prices).
Labels follow eval/README.md (section 1). The texts, with their labels, are in the helper
modules texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 346, gives them ids
uz0001... and writes the files.

    python3 eval/dev346/build.py            # validate, print the counts, write the files
    python3 eval/dev346/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_banks import NEGATIVES as NEG_BANKS  # noqa: E402
from texts_neg_hazard import NEGATIVES as NEG_HAZARD  # noqa: E402
from texts_neg_prices import NEGATIVES as NEG_PRICES  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = NEG_PRICES + NEG_BANKS + NEG_HAZARD

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev346",
            HERE,
            "uz",
            346,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
