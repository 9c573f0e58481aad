"""Build eval/dev233/conflict.jsonl (and the empty eval/dev233/figures.jsonl).

dev233 is a blind set of whole articles (a title and 6 to 14 sentences) in the register of
explainers and Q&As ("What is...", "Why does... matter", "How... works", "Who are...",
"What we know about..."), 2014-2026, every region, as the BBC, Reuters, AP, Al Jazeera and the
Guardian write them. The negatives explain weapons, armies, alliances and drills with no current
fighting, past wars and a country's history, sanctions, elections, peace deals, arms control and
nuclear talks, cyber "attacks", trade and chip "wars", diseases, storms and floods, crashes,
heists and peaceful protests; about a third explain a war, an insurgency, a gang war or an
uprising under way and report its current fighting, strikes, deaths or flight. Labels follow
eval/README.md (section 1). The texts, with their labels, are in the helper modules texts_*.py
of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 233, gives them ids
dw0001... and writes the files.

    python3 eval/dev233/build.py            # validate, print the counts, write the files
    python3 eval/dev233/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_arms import NEGATIVES as NEG_ARMS  # noqa: E402
from texts_neg_hazard import NEGATIVES as NEG_HAZARD  # noqa: E402
from texts_neg_past import NEGATIVES as NEG_PAST  # noqa: E402
from texts_neg_policy import NEGATIVES as NEG_POLICY  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = NEG_ARMS + NEG_POLICY + NEG_PAST + NEG_HAZARD

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev233",
            HERE,
            "dw",
            233,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
