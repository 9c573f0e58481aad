"""Build eval/dev215/conflict.jsonl (and the empty eval/dev215/figures.jsonl).

dev215 is a blind set of whole articles (a title and 6 to 14 sentences) from the consumer,
retail, prices and personal finance desk, 2014-2026, every region, in the style of the wires
and the money pages: supermarkets and their price wars, shopping, inflation, bread and fuel
prices, banks and cash, pensions, with the desk's war words used loosely (price wars, battles for
shoppers, rockets and feathers, wars on waste and gouging), the crime and unrest it borders
(shoplifting, ram raids, cash-van heists, Black Friday brawls and crushes, warehouse strikes,
peaceful price marches, bank runs, sanctions and shelves, panic buying before storms) and, in
about a third, current organised violence that reaches shops, markets, banks and pensions
(markets and bread queues shelled or bombed, banks looted or shut by fighters, pensioners
crossing front lines, prices in besieged towns, extortion at armed checkpoints, fuel stations
hit by drones, cost-of-living riots and crackdowns). Labels follow eval/README.md (section 1).
The texts, with their labels, are in the helper modules texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 215, gives them ids
dn0001... and writes the files.

    python3 eval/dev215/build.py            # validate, print the counts, write the files
    python3 eval/dev215/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_misc import NEGATIVES as NEG_MISC  # noqa: E402
from texts_neg_money import NEGATIVES as NEG_MONEY  # noqa: E402
from texts_neg_street import NEGATIVES as NEG_STREET  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = NEG_MONEY + NEG_STREET + NEG_MISC

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev215",
            HERE,
            "dn",
            215,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
