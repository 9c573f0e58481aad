"""Build eval/dev275/conflict.jsonl (and the empty eval/dev275/figures.jsonl).

dev275 is a blind set of whole articles (a title and 6 to 14 sentences) from the sports desk,
2014-2026, every region, in the style of the BBC, L'Equipe, ESPN, Reuters, AFP and national
papers: football, cricket, athletics, boxing, rugby, tennis, motor sport and the Olympics, with
the desk's own war words used loosely (attacks and counter-attacks, shots, strikers, battles and
wars on the pitch), fans' fights, doping bans, athletes who served in armies, fixtures moved for
old reasons, military bands and flypasts at finals, anniversaries, films and books, and, in
about a third, sport stories that report current fighting (strikes on stadiums and sports
schools, athletes killed or fleeing in a war under way, attacks on teams or fans by armed
groups, crackdowns that move tournaments). Labels follow eval/README.md (section 1). The texts,
with their labels, are in the helper modules texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 275, gives them ids
tr0001... and writes the files.

    python3 eval/dev275/build.py            # validate, print the counts, write the files
    python3 eval/dev275/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_desk import NEGATIVES as NEG_DESK  # noqa: E402
from texts_neg_field import NEGATIVES as NEG_FIELD  # noqa: E402
from texts_neg_past import NEGATIVES as NEG_PAST  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = NEG_FIELD + NEG_PAST + NEG_DESK

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev275",
            HERE,
            "tr",
            275,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
