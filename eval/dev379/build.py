"""Build eval/dev379/conflict.jsonl (and the empty eval/dev379/figures.jsonl).

dev379 is a blind set of whole articles (a title and 6 to 14 sentences) in the register of the
Indonesian, Malaysian and Philippine press, 2014-2026: the Jakarta Post, Kompas, Tempo, The Star,
Malaysiakini, the Inquirer and Rappler, on any topic. The negatives are the region's everyday
news that borders violence or borrows its words: volcano eruptions, earthquakes, floods and haze,
crashes and industrial explosions, epidemics, the Philippine 'war' on drugs told as policy,
badminton and football, election campaigns and their rallies, corruption and other court cases,
peaceful protests, peace processes, anniversaries, films and books about violence, the armed
forces without violence, and religious festivals. About a third are positives: current armed
conflict or political violence (Papua's armed separatists and the army's operations, the
Surabaya, Makassar, Jakarta and Bandung attacks, Poso and Sigi, Marawi, Jolo and Sulu, the NPA,
the drug war's killings by police and vigilantes, the riots of May 2019 and August 2025 in
Indonesia and of September 2025 in Manila, Ulu Tiram and Seafield in Malaysia). Labels follow
eval/README.md (section 1). The texts, with their labels, are in the helper modules texts_*.py
of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 379, gives them ids
wq0001... and writes the files.

    python3 eval/dev379/build.py            # validate, print the counts, write the files
    python3 eval/dev379/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_desk import NEGATIVES as NEG_DESK  # noqa: E402
from texts_neg_hazard import NEGATIVES as NEG_HAZARD  # noqa: E402
from texts_neg_security import NEGATIVES as NEG_SECURITY  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = NEG_HAZARD + NEG_DESK + NEG_SECURITY

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev379",
            HERE,
            "wq",
            379,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
