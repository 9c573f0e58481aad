"""Build eval/dev299/conflict.jsonl (and the empty eval/dev299/figures.jsonl).

dev299 is a blind set of whole articles (a title and 6 to 14 sentences) from the Balkans press,
2014-2026, as Balkan Insight, RFE/RL and the national papers of Serbia, Kosovo, Bosnia and
Herzegovina, Montenegro, North Macedonia, Croatia and Albania write it: war-crimes trials and
genocide anniversaries of the 1990s, mass graves exhumed, EU accession, elections, peace deals,
football derbies and hooligans, student and church protests, floods, quakes, fires and legacy
mines, the armies at peace, crime, films and other news with their war words used loosely, and,
in about a third, current violence: armed attacks (Banjska, Kumanovo), clashes with
peacekeepers, violent riots and crackdowns, and attacks with a political or ethnic motive.
Labels follow eval/README.md (section 1). The texts, with their labels, are in the helper
modules texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 299, gives them ids
ud0001... and writes the files.

    python3 eval/dev299/build.py            # validate, print the counts, write the files
    python3 eval/dev299/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_misc import NEGATIVES as NEG_MISC  # noqa: E402
from texts_neg_past import NEGATIVES as NEG_PAST  # noqa: E402
from texts_neg_street import NEGATIVES as NEG_STREET  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = NEG_PAST + NEG_STREET + NEG_MISC

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev299",
            HERE,
            "ud",
            299,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
