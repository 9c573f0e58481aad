"""Build eval/dev223/conflict.jsonl (and the empty eval/dev223/figures.jsonl).

dev223 is a blind set of whole articles (a title and 6 to 14 sentences) from the
manufacturing, industry and supply-chain desk, 2014-2026, every region, in the style of Reuters,
Bloomberg, the Financial Times and the trade papers: factories, carmakers, chipmakers, steel,
textiles, mines, arms makers' earnings and exhibitions, supply chains and strikes at plants, with
the desk's war words used loosely (price wars, trade wars, takeover battles, "war rooms") and the
violence it borders (factory fires and explosions, industrial accidents, labour strikes, plant
closures, sanctions), and, in about a third, current armed conflict or political violence that
reaches industry (plants in war zones struck by missiles or drones, factories seized or looted by
armed groups, workers killed in attacks, production moved as fighting nears, a steelworks under
siege, riots and crackdowns in industrial zones). Labels follow eval/README.md (section 1). The
texts, with their labels, are in the helper modules texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 223, gives them ids
dr0001... and writes the files.

    python3 eval/dev223/build.py            # validate, print the counts, write the files
    python3 eval/dev223/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_plant import NEGATIVES as NEG_PLANT  # noqa: E402
from texts_neg_trade import NEGATIVES as NEG_TRADE  # noqa: E402
from texts_neg_yards import NEGATIVES as NEG_YARDS  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = NEG_TRADE + NEG_PLANT + NEG_YARDS

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev223",
            HERE,
            "dr",
            223,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
