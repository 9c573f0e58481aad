"""Build eval/dev96/conflict.jsonl (and the empty eval/dev96/figures.jsonl).

dev96 is a blind set of whole articles from countries with a less-covered armed conflict, and
those countries' other news: Mozambique (Cabo Delgado), Cameroon, Burkina Faso, Niger, Mali, Chad,
the Central African Republic, South Sudan, Ethiopia, Somalia, eastern DR Congo, Nigeria's
north-west and middle belt, Myanmar, Papua, the southern Philippines, Kashmir, Manipur,
Balochistan and Khyber Pakhtunkhwa, Colombia, Haiti, Ecuador, Yemen and Libya, 2019-2025, in the
style of the countries' own English-language press and the wires' regional desks. A headline and
a body of 5 to 14 sentences; about two fifths report current organised violence, the rest are
elections, budgets, mining and gas deals, football, music and film, floods, drought and cholera,
accidents, court cases, peace ceremonies, disarmament, returns, parades and anniversaries, with
the conflict in the background or absent. Labels follow eval/README.md (section 1). The texts,
with their labels, are in the helper modules texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 96, gives them ids
km0001... and writes the files. The builder refuses newlines, so paragraphs are joined by single
spaces.

    python3 eval/dev96/build.py            # validate, print the counts, write the files
    python3 eval/dev96/build.py --table    # also print the counts as markdown tables
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
from texts_pos_c import POSITIVES as POS_C  # noqa: E402

POSITIVES = POS_A + POS_B + POS_C
NEGATIVES = NEG_A + NEG_B + NEG_C + NEG_D

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev96",
            HERE,
            "km",
            96,
            sentences=(5, 14),
            max_text_chars=2600,
            min_text_chars=500,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.30, 0.50),
        )
    )
)
