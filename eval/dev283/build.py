"""Build eval/dev283/conflict.jsonl (and the empty eval/dev283/figures.jsonl).

dev283 is a blind set of whole articles (a title and 6 to 14 sentences) from the Gulf and Middle
East business and society press, 2014-2026, in the style of Gulf News, The National, Arab News,
Al-Monitor and L'Orient-Le Jour: business, property, aviation, shipping, tourism, society, sport
and culture across the region. The negatives are trade fairs and defence expos, price wars,
shipping insurance, oil markets, peace deals, anniversaries, accidents and storms, with the
desk's war words used loosely; in about a third of the texts, current Houthi, Iranian or Israeli
strikes, attacks on ships and cities, fighting in Yemen, Syria, Lebanon, Iraq and Gaza, and unrest
with casualties, often told through the business and society angle. Labels follow eval/README.md
(section 1). The texts, with their labels, are in the helper modules texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 283, gives them ids
tv0001... and writes the files.

    python3 eval/dev283/build.py            # validate, print the counts, write the files
    python3 eval/dev283/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_business import NEGATIVES as NEG_BUSINESS  # noqa: E402
from texts_neg_events import NEGATIVES as NEG_EVENTS  # noqa: E402
from texts_neg_society import NEGATIVES as NEG_SOCIETY  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = NEG_BUSINESS + NEG_SOCIETY + NEG_EVENTS

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev283",
            HERE,
            "tv",
            283,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
