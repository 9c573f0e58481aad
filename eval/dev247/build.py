"""Build eval/dev247/conflict.jsonl (and the empty eval/dev247/figures.jsonl).

dev247 is a blind set of whole articles (a title and 6 to 14 sentences) from the motoring and
automotive desk, 2014-2026, every region, in the style of Reuters, the BBC, Autocar, the
Guardian and national papers: car makers, roads, traffic, fuel, electric vehicles, motorsport
and car crime, with the desk's war words used loosely ("price war", "war on motorists", "battle
for the title") and the violence it borders (carjackings, theft gangs, road rage, police
chases, pile-ups, plant fires and strikes, armoured cars for the rich, army truck orders, fuel
queues after a cyclone), and, in about a third, motoring stories that report current armed
conflict or political violence (car bombs, ambushes and attacks on roads, drones hunting cars,
fuel blockades by armed groups, vehicles torched in riots, flight by road from a war). Labels
follow eval/README.md (section 1). The texts, with their labels, are in the helper modules
texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 247, gives them ids
td0001... and writes the files.

    python3 eval/dev247/build.py            # validate, print the counts, write the files
    python3 eval/dev247/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_road import NEGATIVES as NEG_ROAD  # noqa: E402
from texts_neg_track import NEGATIVES as NEG_TRACK  # noqa: E402
from texts_neg_trade import NEGATIVES as NEG_TRADE  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = NEG_ROAD + NEG_TRADE + NEG_TRACK

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev247",
            HERE,
            "td",
            247,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
