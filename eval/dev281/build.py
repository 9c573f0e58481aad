"""Build eval/dev281/conflict.jsonl (and the empty eval/dev281/figures.jsonl).

dev281 is a blind set of whole articles (a title and 6 to 14 sentences) from the emergency
services and civil protection desk, 2014-2026, every region, as local and national papers write
it: fire brigades, ambulance services, civil defence, disaster drills, air-raid shelters and
sirens, search and rescue. Most are not conflict: fires, floods, quakes, factory explosions, gas
blasts, building collapses, evacuation drills, siren tests, shelter programmes, bomb disposal of
old ordnance, strikes by firefighters and paramedics, budgets, courts, with the desk's own war
words ("battling" a blaze, the "frontline" of a pandemic) used loosely. About a third report
current armed conflict or political violence as the emergency services meet it (rescuers digging
after a missile strike, paramedics shot, crews attacked in riots). Labels follow eval/README.md
(section 1). The texts, with their labels, are in the helper modules texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 281, gives them ids
tu0001... and writes the files.

    python3 eval/dev281/build.py            # validate, print the counts, write the files
    python3 eval/dev281/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_crews import NEGATIVES as NEG_CREWS  # noqa: E402
from texts_neg_desk import NEGATIVES as NEG_DESK  # noqa: E402
from texts_neg_hazard import NEGATIVES as NEG_HAZARD  # noqa: E402
from texts_neg_readiness import NEGATIVES as NEG_READINESS  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = NEG_HAZARD + NEG_READINESS + NEG_CREWS + NEG_DESK

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev281",
            HERE,
            "tu",
            281,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
