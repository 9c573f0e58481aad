"""Build eval/dev259/conflict.jsonl (and the empty eval/dev259/figures.jsonl).

dev259 is a blind set of whole articles (a title and 6 to 14 sentences) from the fishing and
fisheries desk, 2014-2026, every region, in the style of the wires (Reuters, AP, AFP), the BBC,
the Guardian and regional papers: catches, quotas, fleets, fishermen's lives, fish markets and
illegal fishing, with "fish wars" and quota rows, coastguards seizing poaching boats, piracy
trials, fishermen lost in storms and sinkings, fleets idled by fuel prices, peaceful fishermen's
protests and navies on fisheries patrol among the negatives, and, in about a third, fisheries
stories that report current armed violence (strikes, shelling and mines at sea, shootings of
fishermen, abductions by armed groups, fighting and flight on the shores, riots and crackdowns).
Labels follow eval/README.md (section 1). The texts, with their labels, are in the helper
modules texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 259, gives them ids
tj0001... and writes the files.

    python3 eval/dev259/build.py            # validate, print the counts, write the files
    python3 eval/dev259/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_coast import NEGATIVES as NEG_COAST  # noqa: E402
from texts_neg_quota import NEGATIVES as NEG_QUOTA  # noqa: E402
from texts_neg_sea import NEGATIVES as NEG_SEA  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = NEG_QUOTA + NEG_COAST + NEG_SEA

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev259",
            HERE,
            "tj",
            259,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
