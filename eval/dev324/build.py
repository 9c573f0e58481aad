"""Build eval/dev324/conflict.jsonl (and the empty eval/dev324/figures.jsonl).

dev324 is a blind set of whole articles (a title and 6 to 14 sentences) from the cities,
infrastructure and construction desk, 2014-2026, every region: housing, roads, bridges, power
and water networks, urban planning and reconstruction. The negatives are the desk's own news
with its war words used loosely and the violence it borders: bridge and building collapses,
gas blasts, blackouts from storms and heat, floods and quakes, rebuilding long after wars
ended, unexploded old bombs found on building sites, deals that end fighting, fortification
works and drills, 'turf wars' and 'price wars' over contracts, peaceful housing and eviction
protests, construction crime. The positives, about a third, are infrastructure stories that
report current attacks or fighting: power plants, dams and substations struck, bridges blown
up in battle, water networks cut by shelling, engineers and repair crews killed, stations
burned in riots. Labels follow eval/README.md (section 1). The texts, with their labels, are
in the helper modules texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 324, gives them ids
up0001... and writes the files.

    python3 eval/dev324/build.py            # validate, print the counts, write the files
    python3 eval/dev324/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_city import NEGATIVES as NEG_CITY  # noqa: E402
from texts_neg_hazard import NEGATIVES as NEG_HAZARD  # noqa: E402
from texts_neg_past import NEGATIVES as NEG_PAST  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = NEG_HAZARD + NEG_PAST + NEG_CITY

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev324",
            HERE,
            "up",
            324,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
