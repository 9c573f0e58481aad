"""Build eval/dev249/conflict.jsonl (and the empty eval/dev249/figures.jsonl).

dev249 is a blind set of whole articles (a title and 6 to 14 sentences) from the mental health
and wellbeing desk, 2014-2026, every region, in the style of the BBC, the Guardian, NPR, Al
Jazeera and national papers: therapy, trauma, PTSD, anxiety, loneliness, burnout, addiction and
grief. The negatives carry the desk's own war words used loosely ("a battle with depression",
"the war on drugs" as policy, "the frontline" of care) and the violence it borders (veterans of
past wars, survivors of genocides and conflicts long over, trauma after disasters and
accidents, school shootings' survivors years on, mindfulness for soldiers, grief counselling,
health service rows, healing programmes after peace deals). About a third are positives:
mental-health stories that report current strikes, fighting, killings, crackdowns or flight in
a war or uprising under way. Labels follow eval/README.md (section 1). The texts, with their
labels, are in the helper modules texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 249, gives them ids
te0001... and writes the files.

    python3 eval/dev249/build.py            # validate, print the counts, write the files
    python3 eval/dev249/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_desk import NEGATIVES as NEG_DESK  # noqa: E402
from texts_neg_past import NEGATIVES as NEG_PAST  # noqa: E402
from texts_neg_policy import NEGATIVES as NEG_POLICY  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = NEG_PAST + NEG_POLICY + NEG_DESK

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev249",
            HERE,
            "te",
            249,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
