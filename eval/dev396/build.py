"""Build eval/dev396/conflict.jsonl (and the empty eval/dev396/figures.jsonl).

dev396 is a blind set of whole articles (a title and 6 to 14 sentences) from the telecoms,
internet and cables desk, 2014-2026, every region, in the register of Rest of World, the
Financial Times, Reuters, Wired and the NetBlocks-style network-monitor report: spectrum auctions,
price wars, mergers and antitrust cases, 5G vendor "battles", outages from storms, fires and
software bugs, ships' anchors that cut cables, ransomware and cable theft, satellite launches and
internet shutdowns during exams, with the desk's war words used loosely, and, in about a third,
current armed conflict or political violence that reaches the networks (shutdowns in wars and
deadly crackdowns, Red Sea cables cut after a Houthi-hit ship sank, telecom towers and engineers
attacked in Sudan, Ukraine, Gaza or Somalia, Starlink at the front). Labels follow
eval/README.md (section 1). The texts, with their labels, are in the helper modules texts_*.py
of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 396, gives them ids
wz0001... and writes the files.

    python3 eval/dev396/build.py            # validate, print the counts, write the files
    python3 eval/dev396/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_context import NEGATIVES as NEG_CONTEXT  # noqa: E402
from texts_neg_market import NEGATIVES as NEG_MARKET  # noqa: E402
from texts_neg_network import NEGATIVES as NEG_NETWORK  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = NEG_MARKET + NEG_NETWORK + NEG_CONTEXT

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev396",
            HERE,
            "wz",
            396,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
