"""Build eval/dev297/conflict.jsonl (and the empty eval/dev297/figures.jsonl).

dev297 is a blind set of whole articles (a title and 6 to 14 sentences) from the Pacific and
Oceania press, 2014-2026, as RNZ Pacific, the Post-Courier and ABC Pacific write it: Papua New
Guinea, Bougainville, Solomon Islands, Fiji, Vanuatu, New Caledonia and West Papua. About a
third report current organised violence (tribal fighting with deaths, riots with casualties,
separatist attacks, security operations, people fleeing violence); the rest are the region's
other news with its war words and the violence it borders (elections and referendums, cyclones,
volcanoes, quakes and landslides, rugby, sorcery-accusation and other trials, land courts,
logging, reconciliation ceremonies and peace deals, peaceful marches, the Second World War and
the Bougainville crisis remembered, defence treaties). Labels follow eval/README.md (section 1).
The texts, with their labels, are in the helper modules texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 297, gives them ids
uc0001... and writes the files.

    python3 eval/dev297/build.py            # validate, print the counts, write the files
    python3 eval/dev297/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_courts import NEGATIVES as NEG_COURTS  # noqa: E402
from texts_neg_nature import NEGATIVES as NEG_NATURE  # noqa: E402
from texts_neg_society import NEGATIVES as NEG_SOCIETY  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = NEG_NATURE + NEG_COURTS + NEG_SOCIETY

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev297",
            HERE,
            "uc",
            297,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
