"""Build eval/dev378/conflict.jsonl (and the empty eval/dev378/figures.jsonl).

dev378 is a blind set of whole articles (a title and 6 to 14 sentences) from the Polish and
Central European press in translation, 2014-2026: Gazeta Wyborcza, Rzeczpospolita, TVN24, PAP,
Polsat News, Onet, the Czech ČT24, ČTK, Seznam Zprávy and Czech Radio, the Slovak Denník N, SME,
Aktuality, Pravda and TA3, and the Hungarian Telex, Index, Népszava, HVG and MTI, on any topic.
Negatives are the region's floods of 2024, the Smolensk crash and its anniversaries, the Warsaw
Uprising commemorations, farmers' and hauliers' blockades of the Ukrainian border, the
Independence March when it passes off peacefully, the Belarus border when no one is hurt, NATO
exercises and arms purchases, the 'war' over the courts and the public media, football and
other sport, crime (the Prague university shooting among it), accidents, health, culture and the
economy with their war words used loosely. Positives, about a third, report current armed
conflict or political violence: the Przewodów missile, Russian drones and missiles over Poland,
sabotage and arson ordered by Russia, the shooting of Robert Fico and other attacks on
politicians and minorities, soldiers and guards attacked at the Belarus border, riots, people
fleeing Ukraine in 2022 and Central Europeans killed or wounded in wars abroad. Labels follow
eval/README.md (section 1). The texts, with their labels, are in the helper modules texts_*.py
of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 378, gives them ids
wp0001... and writes the files.

    python3 eval/dev378/build.py            # validate, print the counts, write the files
    python3 eval/dev378/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_a import NEGATIVES as NEG_A  # noqa: E402
from texts_neg_b import NEGATIVES as NEG_B  # noqa: E402
from texts_neg_c import NEGATIVES as NEG_C  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = NEG_A + NEG_B + NEG_C

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev378",
            HERE,
            "wp",
            378,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
