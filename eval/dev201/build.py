"""Build eval/dev201/conflict.jsonl (and the empty eval/dev201/figures.jsonl).

dev201 is a blind set of whole articles (a title and 6 to 14 sentences) from diaspora and
community news, 2014-2026: the local and community press of the Ukrainian, Syrian, Afghan,
Somali, Sudanese, Eritrean, Palestinian, Israeli, Tamil, Armenian, Kurdish, Haitian and
Venezuelan diasporas in Europe, North America, the Gulf and Australia, and the local pages that
cover them. Negatives are daily life with the war back home in the background or remembered:
vigils, peaceful marches and hunger strikes, memorial days, ceasefires and peace deals, films,
plays and novels, remittances, community politics, sport, hate-crime trials and ordinary crime,
disasters and accidents back home or on the way, fundraisers for armies, health campaigns,
language schools, new arrivals and reunions. Positives, about a third, report current violence:
relatives killed in a strike this week, festival and protest riots, attacks treated as
terrorism, mob attacks on asylum hotels, people fleeing a current offensive, a community leader
abducted on a visit home. Labels follow eval/README.md (section 1). The texts, with their
labels, are in the helper modules texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 201, gives them ids
dg0001... and writes the files.

    python3 eval/dev201/build.py            # validate, print the counts, write the files
    python3 eval/dev201/build.py --table    # also print the counts as markdown tables
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
from texts_neg_d import NEGATIVES as NEG_D  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = NEG_A + NEG_B + NEG_C + NEG_D

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev201",
            HERE,
            "dg",
            201,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
