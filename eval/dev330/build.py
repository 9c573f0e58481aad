"""Build eval/dev330/conflict.jsonl (and the empty eval/dev330/figures.jsonl).

dev330 is a blind set of whole articles (a title and 6 to 14 sentences) from the video games and
esports desk, 2014-2026, every region, in the style of the wires' technology and culture pages,
The Verge, Polygon, GamesIndustry.biz, Eurogamer, the BBC and the national press: releases,
studios, consoles, tournaments and streamers, with the desk's own war words used loosely (war
games and shooters, 'invasion' modes, console wars, layoffs, esports battles, games about past
wars, bans on games, police raids on piracy rings) and, in about a third, current armed conflict
or political violence that reaches the games world (studios under strikes in Kyiv, Beirut or
Gaza, developers killed or displaced by fighting, tournaments cancelled after attacks, streamers
caught in crackdowns). Labels follow eval/README.md (section 1). The texts, with their labels,
are in the helper modules texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 330, gives them ids
ur0001... and writes the files.

    python3 eval/dev330/build.py            # validate, print the counts, write the files
    python3 eval/dev330/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_esports import NEGATIVES as NEG_ESPORTS  # noqa: E402
from texts_neg_games import NEGATIVES as NEG_GAMES  # noqa: E402
from texts_neg_misc import NEGATIVES as NEG_MISC  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = NEG_GAMES + NEG_ESPORTS + NEG_MISC

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev330",
            HERE,
            "ur",
            330,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
