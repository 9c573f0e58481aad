"""Build eval/dev101/conflict.jsonl (and the empty eval/dev101/figures.jsonl).

dev101 is a blind conflict-tagging set on borders: fighting, shooting and crossing. Short items
(a title and a body of 2 to 6 sentences, up to 900 characters), 2016-2025, in the style of the
wires and the regional press (Reuters, AP, AFP, Al Jazeera, The Hindu, Dawn, 24.kg, Eurasianet,
Bangkok Post, El Pais English, InfoMigrants, the Guardian), about 40% of them conflict: border
clashes between states, cross-border raids and shelling, armed groups attacking border posts,
border guards firing on crowds, militias and mobs attacking migrants, people fleeing across a
border from fighting. The negatives are the border without violence (pushbacks, shipwrecks,
rescues, seizures, walls, troops sent for migration, drills, reopened crossings, visas, border
markets, demarcation, ceasefires holding, a stampede, an accidental shooting, a smuggler shot by
police, a caravan walking, a blockade at a crossing) and ordinary news. Labels follow
eval/README.md (section 1). The texts, with their labels, are in the texts_*.py modules of this
folder (written as wrapped blocks that wrap.w joins into one line):

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 101, gives them ids
ko0001... and writes the files.

    python3 eval/dev101/build.py            # validate, print the counts, write the files
    python3 eval/dev101/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_diplomacy import NEGATIVES as NEG_DIPLOMACY  # noqa: E402
from texts_neg_hard_other import NEGATIVES as NEG_HARD_OTHER  # noqa: E402
from texts_neg_migration import NEGATIVES as NEG_MIGRATION  # noqa: E402
from texts_neg_ordinary import NEGATIVES as NEG_ORDINARY  # noqa: E402
from texts_neg_security import NEGATIVES as NEG_SECURITY  # noqa: E402
from texts_pos_crowds import POSITIVES as POS_CROWDS  # noqa: E402
from texts_pos_eurasia import POSITIVES as POS_EURASIA  # noqa: E402
from texts_pos_fleeing import POSITIVES as POS_FLEEING  # noqa: E402
from texts_pos_india import POSITIVES as POS_INDIA  # noqa: E402
from texts_pos_west_east import POSITIVES as POS_WEST_EAST  # noqa: E402
from texts_pos_world import POSITIVES as POS_WORLD  # noqa: E402

POSITIVES = POS_INDIA + POS_WEST_EAST + POS_EURASIA + POS_WORLD + POS_CROWDS + POS_FLEEING
NEGATIVES = NEG_MIGRATION + NEG_SECURITY + NEG_DIPLOMACY + NEG_HARD_OTHER + NEG_ORDINARY

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev101",
            HERE,
            "ko",
            101,
            sentences=(2, 6),
            max_text_chars=900,
            max_title_chars=130,
            check_glued=True,
            positive_share=(0.33, 0.47),
        )
    )
)
