"""Build eval/dev251/conflict.jsonl (and the empty eval/dev251/figures.jsonl).

dev251 is a blind set of whole articles (a title and 6 to 14 sentences) from the insurance, risk
and reinsurance desk, 2014-2026, every region, in the style of Reuters, the Financial Times,
Insurance Journal and national papers: insurers, Lloyd's, war-risk premiums, political-violence
cover, catastrophe losses and risk consultancies. The negatives are catastrophe losses from storms
and quakes, cyber "attacks" on insurers, price wars, war exclusions, terrorism pools' finances,
claims from past wars and riots, kidnap-and-ransom cover and court fights over payouts, with the
desk's war words used loosely; in about a third, insurance stories report current strikes,
fighting, attacks on ships, riots or flight in a war or uprising under way. Labels follow
eval/README.md (section 1). The texts, with their labels, are in the helper modules texts_*.py
of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 251, gives them ids
tf0001... and writes the files.

    python3 eval/dev251/build.py            # validate, print the counts, write the files
    python3 eval/dev251/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_catastrophe import NEGATIVES as NEG_CAT  # noqa: E402
from texts_neg_claims import NEGATIVES as NEG_CLAIMS  # noqa: E402
from texts_neg_market import NEGATIVES as NEG_MARKET  # noqa: E402
from texts_neg_war_words import NEGATIVES as NEG_WAR  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = NEG_CAT + NEG_MARKET + NEG_WAR + NEG_CLAIMS

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev251",
            HERE,
            "tf",
            251,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
