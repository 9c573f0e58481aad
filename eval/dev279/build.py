"""Build eval/dev279/conflict.jsonl (and the empty eval/dev279/figures.jsonl).

dev279 is a blind set of whole articles (a title and 6 to 14 sentences) from the veterans
affairs desk of national papers, 2014-2026, in the US, the UK, Ukraine, Russia, Israel,
Australia and Colombia: pensions, benefits and claims backlogs, PTSD and suicide, memorials,
anniversaries and reunions, medals for old battles, veterans' charities and their frauds,
military funerals after accidents, veterans' sport, books and stage, peaceful rallies, peace
deals and prisoner exchanges, with the desk's war words used loosely ("battle" with the
bureaucracy, "fighting" for compensation) and the violence it borders (crime by and against
veterans, police shootings, wartime bombs), and, in about a third, veterans' stories that report
current fighting, strikes, attacks, riots or casualties of a war under way. Labels follow
eval/README.md (section 1). The texts, with their labels, are in the helper modules texts_*.py
of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 279, gives them ids
tt0001... and writes the files.

    python3 eval/dev279/build.py            # validate, print the counts, write the files
    python3 eval/dev279/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_benefits import NEGATIVES as NEG_BENEFITS  # noqa: E402
from texts_neg_care import NEGATIVES as NEG_CARE  # noqa: E402
from texts_neg_memory import NEGATIVES as NEG_MEMORY  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = NEG_MEMORY + NEG_BENEFITS + NEG_CARE

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev279",
            HERE,
            "tt",
            279,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
