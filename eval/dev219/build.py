"""Build eval/dev219/conflict.jsonl (and the empty eval/dev219/figures.jsonl).

dev219 is a blind set of whole articles (a title and 6 to 14 sentences) from the migration and
asylum policy desk, 2014-2026, every region, as the wires (Reuters, AP, AFP) and the national
press write it: asylum backlogs, deportation flights, border laws and rulings, Channel and
Mediterranean crossings, shipwrecks, smuggling and kidnapping gangs, labour migration and
remittances, integration, return agreements, soldiers sent to borders, peaceful protests for
and against migrants, "invasion" rhetoric and climate migration, and, in about a third, current
armed conflict or political violence that reaches people on the move (refugees fleeing a war
counted as they cross, camps and detention centres struck, migrants attacked by armed groups,
soldiers or mobs, deportees landing in fighting, refugees describing this month's killings,
riots against asylum hotels). Labels follow eval/README.md (section 1). The texts, with their
labels, are in the helper modules texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 219, gives them ids
dp0001... and writes the files.

    python3 eval/dev219/build.py            # validate, print the counts, write the files
    python3 eval/dev219/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_border import NEGATIVES as NEG_BORDER  # noqa: E402
from texts_neg_camps import NEGATIVES as NEG_CAMPS  # noqa: E402
from texts_neg_culture import NEGATIVES as NEG_CULTURE  # noqa: E402
from texts_neg_policy import NEGATIVES as NEG_POLICY  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = NEG_POLICY + NEG_BORDER + NEG_CAMPS + NEG_CULTURE

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev219",
            HERE,
            "dp",
            219,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
