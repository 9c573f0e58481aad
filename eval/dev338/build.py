"""Build eval/dev338/conflict.jsonl (and the empty eval/dev338/figures.jsonl).

dev338 is a blind set of whole articles (a title and 6 to 14 sentences) from the transport and
logistics desk, 2014-2026, every region, in the style of Reuters, AP, AFP, the BBC, Lloyd's List,
the Financial Times, Dawn, Premium Times, The East African, the Kyiv Independent and the trade
press: railways, roads, ports, air freight, shipping rates, drivers' strikes and accidents, with
the desk's war words used loosely ('price wars', 'battles for routes', 'war on potholes') and the
violence it borders (rail crashes, road accidents, dock strikes, ports shut by storms, sanctions
rerouting trade, lorries queuing at borders for customs, cargo crime), and, in about a third,
current armed conflict or political violence that reaches transport (trains and stations struck,
convoys ambushed by armed groups, ships hit, roads closed by fighting, drivers killed, transport
riots). Labels follow eval/README.md (section 1). The texts, with their labels, are in the helper
modules texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 338, gives them ids
uv0001... and writes the files.

    python3 eval/dev338/build.py            # validate, print the counts, write the files
    python3 eval/dev338/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_accident import NEGATIVES as NEG_ACCIDENT  # noqa: E402
from texts_neg_market import NEGATIVES as NEG_MARKET  # noqa: E402
from texts_neg_misc import NEGATIVES as NEG_MISC  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = NEG_ACCIDENT + NEG_MARKET + NEG_MISC

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev338",
            HERE,
            "uv",
            338,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
