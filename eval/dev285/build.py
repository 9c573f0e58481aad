"""Build eval/dev285/conflict.jsonl (and the empty eval/dev285/figures.jsonl).

dev285 is a blind set of whole articles (a title and 6 to 14 sentences) from the aviation desk,
2014-2026, every region, in the style of Reuters, the Financial Times, Simple Flying and national
papers: airlines, airports, airspace closures, diverted flights, crashes and emergency landings,
drones over runways, GPS jamming, air shows and fly-pasts, fare and trade wars, strikes by pilots
and controllers, hijackings of long ago, with the desk's own war words used loosely, and, in a
third, current violence that reaches aviation (strikes on airports, aircraft shot down in a war
under way, attacks on planes and terminals, airspace closed as missiles fly, riots that shut
airports). Labels follow eval/README.md (section 1). The texts, with their labels, are in the
helper modules texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 285, gives them ids
tw0001... and writes the files.

    python3 eval/dev285/build.py            # validate, print the counts, write the files
    python3 eval/dev285/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_closures import NEGATIVES as NEG_CLOSURES  # noqa: E402
from texts_neg_incidents import NEGATIVES as NEG_INCIDENTS  # noqa: E402
from texts_neg_industry import NEGATIVES as NEG_INDUSTRY  # noqa: E402
from texts_neg_past import NEGATIVES as NEG_PAST  # noqa: E402
from texts_neg_strikes_trade import NEGATIVES as NEG_STRIKES_TRADE  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = NEG_INCIDENTS + NEG_CLOSURES + NEG_INDUSTRY + NEG_STRIKES_TRADE + NEG_PAST

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev285",
            HERE,
            "tw",
            285,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
