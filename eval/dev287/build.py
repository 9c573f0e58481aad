"""Build eval/dev287/conflict.jsonl (and the empty eval/dev287/figures.jsonl).

dev287 is a blind set of whole articles (a title and 6 to 14 sentences) from the theatre, dance
and classical music desk, 2014-2026, every region, in the style of the Guardian, the New York
Times, Le Monde and national papers: reviews, premieres, festivals, orchestras on tour, opera
houses and ballet companies, with the desk's war words used loosely (war operas and plays about
old wars, stage battles and sword fights, orchestras playing for peace, boycotts of artists over
a war, companies in exile, critics' attacks) and, in about a third, arts stories that report
current strikes, shelling, attacks, crackdowns or casualties (theatres hit, dancers fleeing
fighting, musicians killed). Labels follow eval/README.md (section 1). The texts, with their
labels, are in the helper modules texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 287, gives them ids
tx0001... and writes the files.

    python3 eval/dev287/build.py            # validate, print the counts, write the files
    python3 eval/dev287/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_hazard import NEGATIVES as NEG_HAZARD  # noqa: E402
from texts_neg_stage import NEGATIVES as NEG_STAGE  # noqa: E402
from texts_neg_world import NEGATIVES as NEG_WORLD  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = NEG_STAGE + NEG_WORLD + NEG_HAZARD

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev287",
            HERE,
            "tx",
            287,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
