"""Build eval/dev263/conflict.jsonl (and the empty eval/dev263/figures.jsonl).

dev263 is a blind set of whole articles (a title and 6 to 14 sentences) from the financial
markets and commodities desk, 2014-2026, every market and region, in the style of Reuters,
Bloomberg, the Financial Times and national business pages: stocks, bonds, currencies, oil,
gas, grain, metals, gold and freight, with the desk's own war words used loosely (price wars,
bear raids, "bloodbaths", takeover battles, currencies under attack), defence stocks rallying
on budgets, markets shrugging off wars, sanctions and tariffs, weather, accidents, crime and
strikes that move prices, and, in about a third, market stories that report current fighting,
strikes on refineries, pipelines and ports, attacks on ships, coups and deadly unrest. Labels
follow eval/README.md (section 1). The texts, with their labels, are in the helper modules
texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 263, gives them ids
tl0001... and writes the files.

    python3 eval/dev263/build.py            # validate, print the counts, write the files
    python3 eval/dev263/build.py --table    # also print the counts as markdown tables
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
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = NEG_MARKET + NEG_POLICY + NEG_HAZARD

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev263",
            HERE,
            "tl",
            263,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
