"""Build eval/dev380/conflict.jsonl (and the empty eval/dev380/figures.jsonl).

dev380 is a blind set of whole articles (a title and 6 to 14 sentences) from the legal affairs
and international justice desk, 2014-2026, every region, in the style of Reuters, AFP, AP, the
BBC, Al Jazeera, the Guardian's law pages, Justiceinfo.net, Balkan Insight and the regional
English-language press: the ICC, the ICJ, national war-crimes trials, universal jurisdiction
cases, UN commissions of inquiry, arrest warrants and extraditions, sanctions and asset freezes,
corporate lawsuits and arbitration, with the desk's war words used loosely, and, in about a
third, current armed conflict or political violence that the legal news reports (inquiries
reporting killings still going on, courts ordering a halt while strikes continue, judges,
lawyers and witnesses attacked, crackdowns and riots around courts, probes opened into the past
week's strikes). Labels follow eval/README.md (section 1). The texts, with their labels, are in
the helper modules texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 380, gives them ids
wr0001... and writes the files.

    python3 eval/dev380/build.py            # validate, print the counts, write the files
    python3 eval/dev380/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_courts import NEGATIVES as NEG_COURTS  # noqa: E402
from texts_neg_money import NEGATIVES as NEG_MONEY  # noqa: E402
from texts_neg_trials import NEGATIVES as NEG_TRIALS  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = NEG_TRIALS + NEG_COURTS + NEG_MONEY

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev380",
            HERE,
            "wr",
            380,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
