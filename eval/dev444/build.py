"""Build eval/dev444/conflict.jsonl (and the empty eval/dev444/figures.jsonl).

dev444 is a blind set of whole articles (a title and 6 to 14 sentences) from the Bangladeshi
press in English, 2014-2026, in the style of The Daily Star, the Dhaka Tribune, New Age, The
Business Standard and bdnews24, on every desk and on its world pages. About a third report
current armed conflict or political violence or its direct human consequences: the July 2024
uprising and its killings as reported then, hartals, blockades and political clashes that kill,
the Chittagong Hill Tracts, the Rohingya camps' armed groups and the Arakan Army across the
border, killings at the Indian border, and the world's wars with Bangladeshis caught in them.
The rest are the same papers' other news, nearly all hard negatives: garment wages and strikes,
the economy and remittances, cyclones, floods, launch capsizes, factory fires, road crashes,
dengue, cricket and football, elections and party feuds in war words, the 1971 Liberation War's
anniversaries and trials, peaceful rallies, mob beatings and crime, army exercises and UN
peacekeeping deployments. Labels follow eval/README.md (section 1) and the decisions in
eval/dev444/README.md. The texts, with their labels, are in the helper modules texts_*.py of
this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 444, gives them ids
xn0001... and writes the files.

    python3 eval/dev444/build.py            # validate, print the counts, write the files
    python3 eval/dev444/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_desk import NEGATIVES as NEG_DESK  # noqa: E402
from texts_neg_hazard import NEGATIVES as NEG_HAZARD  # noqa: E402
from texts_neg_world import NEGATIVES as NEG_WORLD  # noqa: E402
from texts_pos_border import POSITIVES as POS_BORDER  # noqa: E402
from texts_pos_uprising import POSITIVES as POS_UPRISING  # noqa: E402
from texts_pos_world import POSITIVES as POS_WORLD  # noqa: E402

POSITIVES = POS_UPRISING + POS_BORDER + POS_WORLD
NEGATIVES = NEG_DESK + NEG_HAZARD + NEG_WORLD

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev444",
            HERE,
            "xn",
            444,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
