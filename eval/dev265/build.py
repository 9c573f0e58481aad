"""Build eval/dev265/conflict.jsonl (and the empty eval/dev265/figures.jsonl).

dev265 is a blind set of whole articles (a title and 6 to 14 sentences) from the police and
local crime desk, 2014-2026, in the United States, Britain, Australia, South Africa, Brazil,
Mexico, France and Sweden, as local papers and regional television write it: shootings,
stabbings, gang killings and feuds, robberies, hostage-takings in banks, police raids and
"assaults" on flats, knife attacks by the mentally ill, fan fights, "war on crime" politics,
vigils, anniversaries and accidents first feared to be attacks; and, in about a third, the
terrorism, riots, political killings and armed clashes of cartels and factions with the state or
each other that the same desk reports. Labels follow eval/README.md (section 1). The texts,
with their labels, are in the helper modules texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 265, gives them ids
tm0001... and writes the files.

    python3 eval/dev265/build.py            # validate, print the counts, write the files
    python3 eval/dev265/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_crime import NEGATIVES as NEG_CRIME  # noqa: E402
from texts_neg_desk import NEGATIVES as NEG_DESK  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = NEG_CRIME + NEG_DESK

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev265",
            HERE,
            "tm",
            265,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
