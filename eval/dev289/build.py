"""Build eval/dev289/conflict.jsonl (and the empty eval/dev289/figures.jsonl).

dev289 is a blind set of whole articles (a title and 6 to 14 sentences) from the China, Taiwan
and Hong Kong desk, 2014-2026, in the style of the South China Morning Post, Reuters, Focus
Taiwan and the national papers of the region: cross-strait tensions, PLA drills and warships in
the strait, air-defence zone incursions, the South China Sea, Hong Kong's courts and security
law trials, Xinjiang and Tibet, Chinese politics, trade wars and the economy, anniversaries of
Tiananmen and the Korean War, typhoons, crime, peaceful protest and the rest of the desk's news,
and, in about a third, current violence: border fighting (Galwan, Tawang), attacks in Xinjiang
and on Chinese nationals abroad, riots and crackdowns with people hurt in Hong Kong, Taiwan,
mainland China and the Pacific, and clashes at sea with casualties. Labels follow
eval/README.md (section 1). The texts, with their labels, are in the helper modules texts_*.py
of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 289, gives them ids
ty0001... and writes the files.

    python3 eval/dev289/build.py            # validate, print the counts, write the files
    python3 eval/dev289/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_home import NEGATIVES as NEG_HOME  # noqa: E402
from texts_neg_record import NEGATIVES as NEG_RECORD  # noqa: E402
from texts_neg_strait import NEGATIVES as NEG_STRAIT  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = NEG_STRAIT + NEG_RECORD + NEG_HOME

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev289",
            HERE,
            "ty",
            289,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
