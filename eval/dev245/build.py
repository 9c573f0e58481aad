"""Build eval/dev245/conflict.jsonl (and the empty eval/dev245/figures.jsonl).

dev245 is a blind set of whole articles (a title and 6 to 14 sentences) from the lifestyle,
family and parenting desk, 2014-2026, every region, in the style of the BBC, the Guardian, the
Times of India, Al Jazeera features and national papers: family life, parenting, relationships,
home, wellbeing, pets and weddings, with the desk's war words used loosely ("bedtime battles",
"the war on screen time", sibling fights, school-gate rows, toy guns), military families and
deployments, soldiers' weddings, grandparents' war memories, custody fights, domestic violence
as crime, home fires and accidents, disasters and peaceful protests by parents, and, in about a
third, family and parenting stories that report current strikes, fighting, killings, crackdowns
or flight in a war or uprising under way. Labels follow eval/README.md (section 1). The texts,
with their labels, are in the helper modules texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 245, gives them ids
tc0001... and writes the files.

    python3 eval/dev245/build.py            # validate, print the counts, write the files
    python3 eval/dev245/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_family import NEGATIVES as NEG_FAMILY  # noqa: E402
from texts_neg_home import NEGATIVES as NEG_HOME  # noqa: E402
from texts_neg_life import NEGATIVES as NEG_LIFE  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = NEG_HOME + NEG_FAMILY + NEG_LIFE

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev245",
            HERE,
            "tc",
            245,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
