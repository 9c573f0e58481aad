"""Build eval/dev291/conflict.jsonl (and the empty eval/dev291/figures.jsonl).

dev291 is a blind set of whole articles (a title and 6 to 14 sentences) from the Russian
domestic news desk, 2014-2026, in the style of the Moscow Times, Meduza, Reuters and Novaya
Gazeta: Moscow politics, the courts ("discrediting the army", military "fakes", censorship),
mobilisation and conscription, Victory Day and Navy Day parades, drills and the airport closures
they bring, the economy under sanctions, Wagner and military funerals recalled, talks, accidents,
disasters, crime and sport, and, in about a third, current violence inside Russia (drone strikes
on regions and refineries, the Kursk incursion, shelling of border towns with casualties, terror
attacks such as Crocus City Hall, the Wagner rebellion, riots and crackdowns on protests).
Labels follow eval/README.md (section 1). The texts, with their labels, are in the helper
modules texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 291, gives them ids
tz0001... and writes the files.

    python3 eval/dev291/build.py            # validate, print the counts, write the files
    python3 eval/dev291/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_courts import NEGATIVES as NEG_COURTS  # noqa: E402
from texts_neg_economy import NEGATIVES as NEG_ECONOMY  # noqa: E402
from texts_neg_military import NEGATIVES as NEG_MILITARY  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = NEG_COURTS + NEG_MILITARY + NEG_ECONOMY

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev291",
            HERE,
            "tz",
            291,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
