"""Build eval/dev322/conflict.jsonl (and the empty eval/dev322/figures.jsonl).

dev322 is a blind set of whole articles (a title and 6 to 14 sentences) from the religion and
faith desk, 2014-2026, every region, in the style of Reuters, AP, AFP, the BBC, Religion News
Service, Catholic News Agency, Crux, the Church Times, Al Jazeera, Dawn, The Hindu, Premium
Times and the Times of Israel: pilgrimages and festivals with their crushes, heatwaves, floods
and accidents, abuse inquiries and crime around churches, church splits and 'crusades' and
'holy wars' used loosely, peaceful religious protests, interfaith meetings, anniversaries of
massacres and attacks, and, in about a third, current violence against worshippers, clergy and
places of worship (attacks by armed and jihadist groups, clergy killed or abducted, sectarian
clashes and mob violence, churches and mosques struck in wars). Labels follow eval/README.md
(section 1). The texts, with their labels, are in the helper modules texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 322, gives them ids
un0001... and writes the files.

    python3 eval/dev322/build.py            # validate, print the counts, write the files
    python3 eval/dev322/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_church import NEGATIVES as NEG_CHURCH  # noqa: E402
from texts_neg_church_life import NEGATIVES as NEG_CHURCH_LIFE  # noqa: E402
from texts_neg_memory import NEGATIVES as NEG_MEMORY  # noqa: E402
from texts_neg_pilgrim import NEGATIVES as NEG_PILGRIM  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = NEG_PILGRIM + NEG_CHURCH + NEG_CHURCH_LIFE + NEG_MEMORY

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev322",
            HERE,
            "un",
            322,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
