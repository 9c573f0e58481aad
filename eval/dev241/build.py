"""Build eval/dev241/conflict.jsonl (and the empty eval/dev241/figures.jsonl).

dev241 is a blind set of whole articles (a title and 6 to 14 sentences) on research,
think-tank and academic reports as the news reports them, 2014-2026, every region, in the
style of Reuters, AP, AFP, the BBC, the Guardian and the science pages: SIPRI, ACLED, IISS,
Crisis Group, Chatham House, RAND, university teams, medical journals and monitors. Most are
negatives that border the violence: arms sales and military spending, studies of past wars and
their long shadows, models of wars that have not happened, indexes of peace, democracy and
fragility, cyber and "information war" studies, crime statistics, disasters, the economics of
sanctions. About a third are positives: reports that give current fighting, strikes, killings
or flight in a war or uprising under way. Labels follow eval/README.md (section 1). The texts,
with their labels, are in the helper modules texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 241, gives them ids
ta0001... and writes the files.

    python3 eval/dev241/build.py            # validate, print the counts, write the files
    python3 eval/dev241/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_arms import NEGATIVES as NEG_ARMS  # noqa: E402
from texts_neg_index import NEGATIVES as NEG_INDEX  # noqa: E402
from texts_neg_past import NEGATIVES as NEG_PAST  # noqa: E402
from texts_neg_stats import NEGATIVES as NEG_STATS  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = NEG_ARMS + NEG_PAST + NEG_INDEX + NEG_STATS

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev241",
            HERE,
            "ta",
            241,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
