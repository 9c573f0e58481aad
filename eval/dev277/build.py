"""Build eval/dev277/conflict.jsonl (and the empty eval/dev277/figures.jsonl).

dev277 is a blind set of whole articles (a title and 6 to 14 sentences) from the East and
Central African press (Kenya, Uganda, Tanzania, Ethiopia, Rwanda, Burundi, the DRC and South
Sudan), 2014-2026, in the style of the Nation, the Daily Monitor, The East African, The Citizen,
the New Times and Radio Okapi: politics and elections, courts and land, business and cattle
markets, sport, health, floods and road accidents, crime, peaceful protests and anniversaries
with their war words used loosely, and, in about a third, current rebel and militia attacks,
military operations, cattle raids with killings, political and ethnic violence, and people
fleeing the fighting. Labels follow eval/README.md (section 1). The texts, with their labels,
are in the helper modules texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 277, gives them ids
ts0001... and writes the files.

    python3 eval/dev277/build.py            # validate, print the counts, write the files
    python3 eval/dev277/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_desks import NEGATIVES as NEG_DESKS  # noqa: E402
from texts_neg_hazard import NEGATIVES as NEG_HAZARD  # noqa: E402
from texts_neg_politics import NEGATIVES as NEG_POLITICS  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = NEG_POLITICS + NEG_HAZARD + NEG_DESKS

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev277",
            HERE,
            "ts",
            277,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
