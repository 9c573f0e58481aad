"""Build eval/dev231/conflict.jsonl (and the empty eval/dev231/figures.jsonl).

dev231 is a blind set of whole articles (a title and 6 to 14 sentences) from press reviews,
morning briefings and newsletters, 2014-2026, every region: "what the papers say", "the morning
briefing", "five things to know today", weekly and regional newsletters that sum up several
stories in one text, each story a short paragraph, mixing politics, business, sport, weather,
culture and crime. A text is positive when one of its stories reports current armed conflict or
political violence (with that story's tags), negative when none does, however many war words the
others use ("budget battle", "price war", "trade war", a war film, a war anniversary, a trial
over an old attack, a missile test into the sea, a ceasefire that holds). Labels follow
eval/README.md (section 1). The texts, with their labels, are in the helper modules texts_*.py
of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 231, gives them ids
dv0001... and writes the files.

    python3 eval/dev231/build.py            # validate, print the counts, write the files
    python3 eval/dev231/build.py --table    # also print the counts as markdown tables
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
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = NEG_A + NEG_B + NEG_C

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev231",
            HERE,
            "dv",
            231,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
