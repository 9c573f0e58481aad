"""Build eval/dev213/conflict.jsonl (and the empty eval/dev213/figures.jsonl).

dev213 is a blind set of whole articles (a title and 6 to 14 sentences) from the video games,
esports, board games and toys desk, 2014-2026, every region, in the style of Polygon, Eurogamer,
the Verge, PC Gamer, the esports wires and the business pages: shooters and war games released
and reviewed, battle royales and kill streaks, esports clashes and battles, layoffs and
takeovers, game bans and the violence debate, military simulators and recruiters, toy soldiers
and war toys, swatting, harassment and a shooting at a tournament, developers on strike, and,
in about a third, current organised violence that reaches studios, players, internet cafes and
toy makers (studios struck or fleeing a war, developers and players killed in fighting, cafes
bombed, attacks streamed and dressed up as games, players in besieged cities, crackdowns on
protests). Labels follow eval/README.md (section 1). The texts, with their labels, are in the
helper modules texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 213, gives them ids
dm0001... and writes the files.

    python3 eval/dev213/build.py            # validate, print the counts, write the files
    python3 eval/dev213/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_business import NEGATIVES as NEG_BUSINESS  # noqa: E402
from texts_neg_play import NEGATIVES as NEG_PLAY  # noqa: E402
from texts_neg_toys import NEGATIVES as NEG_TOYS  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = NEG_PLAY + NEG_BUSINESS + NEG_TOYS

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev213",
            HERE,
            "dm",
            213,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
