"""Build eval/dev267/conflict.jsonl (and the empty eval/dev267/figures.jsonl).

dev267 is a blind set of whole articles (a title and 6 to 14 sentences) from the sanctions,
export controls and arms trade desk, 2014-2026, every region, in the style of Reuters, the
Financial Times, Defense News and the trade papers: arms deals and deliveries, export licences,
sanctions packages and listings, embargoes renewed or lifted, fines and compliance cases,
smuggling and export-control prosecutions, court cases over arms exports, reports on who
supplies whom, with the desk's war words used loosely, and, in about a third, the desk's
stories that report current fighting, strikes, attacks, crackdowns or casualties (the weapon
found after this week's strike, the sanctions that answer a fresh massacre). Labels follow
eval/README.md (section 1). The texts, with their labels, are in the helper modules texts_*.py
of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 267, gives them ids
tn0001... and writes the files.

    python3 eval/dev267/build.py            # validate, print the counts, write the files
    python3 eval/dev267/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_courts import NEGATIVES as NEG_COURTS  # noqa: E402
from texts_neg_deals import NEGATIVES as NEG_DEALS  # noqa: E402
from texts_neg_edges import NEGATIVES as NEG_EDGES  # noqa: E402
from texts_neg_sanctions import NEGATIVES as NEG_SANCTIONS  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = NEG_DEALS + NEG_SANCTIONS + NEG_COURTS + NEG_EDGES

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev267",
            HERE,
            "tn",
            267,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
