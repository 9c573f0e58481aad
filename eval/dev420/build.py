"""Build eval/dev420/conflict.jsonl (and the empty eval/dev420/figures.jsonl).

dev420 is a blind set of whole articles (a title and 6 to 14 sentences) from the Central American
press in translation, 2014-2026: Prensa Libre (Guatemala), La Prensa Gráfica and El Faro (El
Salvador), El Heraldo and La Prensa (Honduras), La Prensa and Confidencial (Nicaragua), with one
piece of La Prensa (Panama), on any topic. Most of it is the region's other news with its war
words used loosely or its violence at the border of conflict: El Salvador's state of exception
and the mass arrests told as crime and politics, gang murders and extortion, the CECOT in court
and in numbers, volcanoes, hurricanes Eta and Iota, migrant caravans and deportations, coffee and
remittances, football and baseball, the civil wars of the 1980s remembered and the El Mozote
trial. About a third reports current armed conflict or political violence: Nicaragua's 2018
repression, armed settlers' attacks on Mayangna and Miskitu communities on the Caribbean coast,
gunfights between the army and gangs or traffickers in Honduras and El Salvador, killings of
environmental and land defenders, Guatemala's border and land clashes, riots and crackdowns.
Labels follow eval/README.md (section 1). The texts, with their labels, are in the helper
modules texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 420, gives them ids
xh0001... and writes the files.

    python3 eval/dev420/build.py            # validate, print the counts, write the files
    python3 eval/dev420/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_culture import NEGATIVES as NEG_CULTURE  # noqa: E402
from texts_neg_nature import NEGATIVES as NEG_NATURE  # noqa: E402
from texts_neg_security import NEGATIVES as NEG_SECURITY  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = NEG_SECURITY + NEG_NATURE + NEG_CULTURE

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev420",
            HERE,
            "xh",
            420,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
