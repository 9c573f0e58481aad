"""Build eval/dev437/conflict.jsonl (and the empty eval/dev437/figures.jsonl).

dev437 is a blind set of whole articles (a title and 6 to 14 sentences) from the English-language
press of Sri Lanka, Nepal and the Maldives, 2014-2026: the Daily Mirror, the Daily FT, The
Island, Ada Derana, the Kathmandu Post, The Himalayan Times and Sun Online, on every desk and on
their world pages. The negatives are the region's own news with its war words used loosely and
the violence it borders: the 2022 economic crisis and the peaceful days of the Aragalaya, fuel
queues, the IMF, cricket, tourism, elephants and leopards, monsoon floods and landslides, Nepal's
2015 earthquake and its anniversary, the civil wars remembered (Mullivaikkal, the Maoist
insurgency, the Easter bombings' anniversary and trial), Gen Z marches where no one was hurt,
migrant workers in the Gulf and elections. About a third report current armed conflict or
political violence: Nepal's September 2025 uprising, riots and crackdowns that kill, communal
riots, bombings and attacks by armed groups, and the world pages' wars (Gaza, Ukraine, Myanmar,
Sudan, Syria, India and Pakistan) with the region's own nationals killed or hurt in them. Labels
follow eval/README.md (section 1). The texts, with their labels, are in the helper modules
texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 437, gives them ids
xm0001... and writes the files.

    python3 eval/dev437/build.py            # validate, print the counts, write the files
    python3 eval/dev437/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_crisis import NEGATIVES as NEG_CRISIS  # noqa: E402
from texts_neg_desk import NEGATIVES as NEG_DESK  # noqa: E402
from texts_neg_past import NEGATIVES as NEG_PAST  # noqa: E402
from texts_pos_lanka import POSITIVES as POS_LANKA  # noqa: E402
from texts_pos_nepal import POSITIVES as POS_NEPAL  # noqa: E402
from texts_pos_world import POSITIVES as POS_WORLD  # noqa: E402

POSITIVES = POS_NEPAL + POS_LANKA + POS_WORLD
NEGATIVES = NEG_CRISIS + NEG_DESK + NEG_PAST

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev437",
            HERE,
            "xm",
            437,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
