"""Build eval/dev199/conflict.jsonl (and the empty eval/dev199/figures.jsonl).

dev199 is a blind set of whole articles (a title and 6 to 14 sentences) from the arts,
entertainment and celebrity desks, 2014-2026, every region, in the style of Variety, The
Hollywood Reporter, Billboard, Rolling Stone, Deadline, NME, the BBC's entertainment pages, AFP,
Reuters and the national press: film and television (war films and series, reviews, box office,
awards, sets), music (tours, festivals, charts, feuds), comedy, gaming, fashion, celebrities and
influencers, with the desk's own war words used loosely ("battle" of the box office, diss-track
"wars", stars who "bomb" or "kill it", a video "shot" on a bridge) and the violence it borders
(festival crushes, nightclub fires, storms, celebrity crime cases, foiled plots, trials and
anniversaries of past attacks, peaceful boycotts, benefit concerts), and, in about a third,
current violence that reaches the desk (concert halls and festivals attacked, theatres and
studios struck, artists killed or abducted by armed groups, film crews shelled, musicians
fleeing a war, riots and crackdowns at concerts). Labels follow eval/README.md (section 1). The
texts, with their labels, are in the helper modules texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 199, gives them ids
df0001... and writes the files.

    python3 eval/dev199/build.py            # validate, print the counts, write the files
    python3 eval/dev199/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_people import NEGATIVES as NEG_PEOPLE  # noqa: E402
from texts_neg_screen import NEGATIVES as NEG_SCREEN  # noqa: E402
from texts_neg_stage import NEGATIVES as NEG_STAGE  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = NEG_SCREEN + NEG_STAGE + NEG_PEOPLE

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev199",
            HERE,
            "df",
            199,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
