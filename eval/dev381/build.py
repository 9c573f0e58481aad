"""Build eval/dev381/conflict.jsonl (and the empty eval/dev381/figures.jsonl).

dev381 is a blind set of whole articles (a title and 6 to 14 sentences) from the local news
desks of US cities, 2014-2026, in the style of the Chicago Tribune, the Houston Chronicle, the
Miami Herald, the Orlando Sentinel, the El Paso Times, the Star Tribune, the Post-Gazette, the
Baltimore Sun and local TV stations, on any topic: street shootings and gang killings, police
chases, hurricanes, tornadoes and floods, school board fights, Fourth of July fireworks
injuries, Veterans Day parades and Guard homecomings, the city's 'war' on potholes and on rats,
high-school football and the pro teams, with their war words used loosely, and, in about a
third, current political violence and armed conflict that reach the city: the Pulse, El Paso,
Buffalo and Bourbon Street attacks, attacks on politicians and their homes, riots and
crackdowns, and local families whose relatives were killed or taken hostage in Gaza, Lebanon,
Ukraine, Haiti and Somalia, and Guard and Reserve soldiers hit in the Middle East. Labels follow
eval/README.md (section 1). The texts, with their labels, are in the helper modules texts_*.py
of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 381, gives them ids
ws0001... and writes the files.

    python3 eval/dev381/build.py            # validate, print the counts, write the files
    python3 eval/dev381/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_civic import NEGATIVES as NEG_CIVIC  # noqa: E402
from texts_neg_desk import NEGATIVES as NEG_DESK  # noqa: E402
from texts_neg_police import NEGATIVES as NEG_POLICE  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = NEG_POLICE + NEG_CIVIC + NEG_DESK

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev381",
            HERE,
            "ws",
            381,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
