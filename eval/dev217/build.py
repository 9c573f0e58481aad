"""Build eval/dev217/conflict.jsonl (and the empty eval/dev217/figures.jsonl).

dev217 is a blind set of whole articles (a title and 6 to 14 sentences) on history,
anniversaries and commemorations, 2014-2026, every region, in the style of Reuters, AP, AFP, the
BBC, the Guardian, Al Jazeera, the Kyiv Independent, the Irish Times, Kyodo and the region's own
English-language press: centenaries of the world wars, D-Day, Hiroshima and Nagasaki, the
Holocaust, Srebrenica, Rwanda, the Khmer Rouge, the Troubles, civil wars ended long ago, museums,
veterans, war graves, archives, statues and street names, re-enactments, old bombs defused,
soldiers' remains found and reburied, apologies and reparations, with the parades, vigils,
marches, thefts, accidents, fires, films and matches around them; and, in about a third, the
present violence that reaches them (commemorations struck or attacked in a current war,
anniversaries marked while fighting goes on and kills people, memorials destroyed by armed groups
or mobs, veterans of a current war killed or displaced, days of mourning for this week's attacks).
Labels follow eval/README.md (section 1). The texts, with their labels, are in the helper
modules texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 217, gives them ids
do0001... and writes the files.

    python3 eval/dev217/build.py            # validate, print the counts, write the files
    python3 eval/dev217/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_around import NEGATIVES as NEG_AROUND  # noqa: E402
from texts_neg_memory import NEGATIVES as NEG_MEMORY  # noqa: E402
from texts_neg_wars import NEGATIVES as NEG_WARS  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = NEG_WARS + NEG_MEMORY + NEG_AROUND

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev217",
            HERE,
            "do",
            217,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
