"""Build eval/dev373/conflict.jsonl (and the empty eval/dev373/figures.jsonl).

dev373 is a blind set of whole articles (a title and 6 to 14 sentences) from the energy and
commodities desk, 2014-2026, every region, in the style of Reuters, Bloomberg, the Financial
Times, Argus and S&P Global Platts: price wars between producers, OPEC+ quarrels over quotas,
sanctions and price caps, refinery fires, pipeline leaks, tanker collisions and spills,
hurricanes and freezes shutting output, strikes at refineries and LNG plants, oil theft and
ransomware, deals, anniversaries, naval patrols, films and sponsors, with the desk's war words
used loosely, and, in about a third, current armed conflict and political violence that reaches
oil, gas and power (drone strikes on Russian refineries and Saudi plants, Houthi missiles on
tankers, pipelines bombed by militants, fighting around Libya's terminals, Sudan's war and its
oil, strikes on Ukraine's grid, riots over fuel prices). Labels follow eval/README.md
(section 1). The texts, with their labels, are in the helper modules texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 373, gives them ids
wo0001... and writes the files.

    python3 eval/dev373/build.py            # validate, print the counts, write the files
    python3 eval/dev373/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_labour import NEGATIVES as NEG_LABOUR  # noqa: E402
from texts_neg_market import NEGATIVES as NEG_MARKET  # noqa: E402
from texts_neg_ops import NEGATIVES as NEG_OPS  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = NEG_MARKET + NEG_OPS + NEG_LABOUR

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev373",
            HERE,
            "wo",
            373,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
