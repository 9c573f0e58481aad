"""Build eval/dev225/conflict.jsonl (and the empty eval/dev225/figures.jsonl).

dev225 is a blind set of whole articles (a title and 6 to 14 sentences) written in the first
person as papers and magazines publish them, 2014-2026, every region: testimony, diaries,
letters, "as told to" pieces and personal essays, each with a standfirst-like title. The
negatives are memories of wars long over, veterans' and grandparents' stories, anniversaries,
books, plays and games about war, living through floods, fires, quakes, cyclones and accidents,
crimes suffered, illnesses "battled" and epidemics, peaceful protests, soldiers' training and
exercises, sport, a peace deal, the war words of politics and business, and refugees' lives
years later; the positives, about a third, tell of current armed conflict or political violence
(a night of shelling or air raids this week, fleeing a town as fighting arrives, a relative
killed or abducted by an armed group now, life under siege, a protest shot at by police).
Labels follow eval/README.md (section 1). The texts, with their labels, are in the helper
modules texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 225, gives them ids
ds0001... and writes the files.

    python3 eval/dev225/build.py            # validate, print the counts, write the files
    python3 eval/dev225/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_everyday import NEGATIVES as NEG_EVERYDAY  # noqa: E402
from texts_neg_hazard import NEGATIVES as NEG_HAZARD  # noqa: E402
from texts_neg_memory import NEGATIVES as NEG_MEMORY  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = NEG_MEMORY + NEG_HAZARD + NEG_EVERYDAY

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev225",
            HERE,
            "ds",
            225,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
