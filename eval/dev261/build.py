"""Build eval/dev261/conflict.jsonl (and the empty eval/dev261/figures.jsonl).

dev261 is a blind set of whole articles (a title and 6 to 14 sentences) from the outdoors and
adventure desk, 2014-2026, every region, in the style of the BBC, Outside, the Guardian and
national papers: mountaineering, trekking, expeditions, national parks, adventure travel, and
cycling and running across countries. Its negatives are the desk's own deaths and dangers and its
war words used loosely (climbers killed in avalanches and falls, rescues, "conquering" peaks,
"assaults" on summits, rangers fighting poachers with no war named, travel advisories, old war
trails and battlefield walks, military mountaineering schools, races, films and books); about a
third of the texts are outdoors stories that report current fighting, strikes, attacks on
travellers by armed groups, kidnappings by insurgents, unrest, or flight in a war under way.
Labels follow eval/README.md (section 1). The texts, with their labels, are in the helper modules
texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 261, gives them ids
tk0001... and writes the files.

    python3 eval/dev261/build.py            # validate, print the counts, write the files
    python3 eval/dev261/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_mountain import NEGATIVES as NEG_MOUNTAIN  # noqa: E402
from texts_neg_parks import NEGATIVES as NEG_PARKS  # noqa: E402
from texts_neg_trails import NEGATIVES as NEG_TRAILS  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = NEG_MOUNTAIN + NEG_PARKS + NEG_TRAILS

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev261",
            HERE,
            "tk",
            261,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
