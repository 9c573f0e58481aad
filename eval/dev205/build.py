"""Build eval/dev205/conflict.jsonl (and the empty eval/dev205/figures.jsonl).

dev205 is a blind set of whole articles (a title and 6 to 14 sentences) from the local
government desk, 2014-2026, every region, as city papers, regional wires and the national press
write it: council budgets and rates, rubbish collection, water bills, zoning, council elections
and recalls, mayors' scandals and arrests, twinning, street names, municipal strikes and peaceful
protests at city hall, storms and floods that a city manages, memorials, town-hall meetings
about refugees being housed and the "battles" of council chambers, and, in about a third,
current organised violence that reaches city halls (mayors and councillors assassinated by
cartels, jihadists or armed groups, town halls stormed or burned by rioters or militants,
councils meeting in basements under shelling, municipal workers abducted, residents fleeing an
offensive into towns whose mayors shelter them, police firing on protesters at municipal
buildings). Labels follow eval/README.md (section 1). The texts, with their labels, are in the
helper modules texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 205, gives them ids
di0001... and writes the files.

    python3 eval/dev205/build.py            # validate, print the counts, write the files
    python3 eval/dev205/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_council import NEGATIVES as NEG_COUNCIL  # noqa: E402
from texts_neg_crime import NEGATIVES as NEG_CRIME  # noqa: E402
from texts_neg_memory import NEGATIVES as NEG_MEMORY  # noqa: E402
from texts_neg_misc import NEGATIVES as NEG_MISC  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = NEG_COUNCIL + NEG_CRIME + NEG_MEMORY + NEG_MISC

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev205",
            HERE,
            "di",
            205,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
