"""Build eval/dev33/conflict.jsonl (and the empty eval/dev33/figures.jsonl).

dev33 is a set of about 100 whole news articles (a headline and a body of 8 to 25 sentences,
1,200 to 4,000 characters) as an ordinary week of a world-news feed delivers them, labelled by
the guideline of eval/README.md (section 1). The texts, with their labels, are in the helper
modules texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]   conflict; tag codes from TAG_CODES
    NEGATIVES = [(title, text, kind code), ...]         not conflict; kind code from KIND_CODES

This script hands them to the shared machinery of eval/conflictset (P, N, run), which validates
them, refuses any title or text shared with another set, shuffles them with a fixed seed (33)
and writes them with ids cf0001... Decisions where the guideline is silent are in README.md.

    python3 eval/dev33/build.py            # validate, print the counts, write the files
    python3 eval/dev33/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_long import NEGATIVES as NEG_LONG  # noqa: E402
from texts_long import POSITIVES as POS_LONG  # noqa: E402
from texts_neg_culture_military import NEGATIVES as NEG_CULTURE_MILITARY  # noqa: E402
from texts_neg_hard import NEGATIVES as NEG_HARD  # noqa: E402
from texts_neg_news import NEGATIVES as NEG_NEWS  # noqa: E402
from texts_pos_africa import POSITIVES as POS_AFRICA  # noqa: E402
from texts_pos_asia_mideast import POSITIVES as POS_ASIA_MIDEAST  # noqa: E402
from texts_pos_europe_americas import POSITIVES as POS_EUROPE_AMERICAS  # noqa: E402

POSITIVES = POS_AFRICA + POS_ASIA_MIDEAST + POS_EUROPE_AMERICAS + POS_LONG
NEGATIVES = NEG_NEWS + NEG_HARD + NEG_CULTURE_MILITARY + NEG_LONG
add_items(POSITIVES, NEGATIVES)

# texts: 1,200 to 4,000 characters (whole articles); typing slips refused
# near_dup: kept at the default 0.5 (Jaccard overlap of content words). Whole articles of the
# same beat share many words, but the most similar pair here measured 0.18, so the default
# leaves a wide margin and still catches a text written twice or lightly reworded (README.md).
sys.exit(
    run(
        ConflictConfig(
            "dev33",
            HERE,
            "cf",
            33,
            sentences=(8, 25),
            min_text_chars=1200,
            max_text_chars=4000,
            check_glued=True,
            max_title_chars=140,
            near_dup=0.5,
        )
    )
)
