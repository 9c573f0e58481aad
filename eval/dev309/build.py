"""Build eval/dev309/conflict.jsonl (and the empty eval/dev309/figures.jsonl).

dev309 is a blind set of whole articles (a title and 6 to 14 sentences) in the register of the
Iraqi and Iranian press, 2014-2026, in the style of Rudaw, Shafaq News, the Tehran Times, IranWire
and Al-Monitor: politics and elections, oil and gas deals, the currency, the courts and
executions after trials, football, Arbaeen and its pilgrims, water, drought, dust storms, floods
and quakes, peaceful strikes and sit-ins, the Iran-Iraq war and the Anfal remembered, films and
books, parades and drills, accidents, with their war words used loosely; and, in about a third,
current political violence and armed conflict: rocket and drone attacks on bases, oilfields and
Erbil, Turkish and Iranian strikes on the Kurdistan Region, Islamic State and Jaish al-Adl
attacks, Israeli and US strikes on Iran and Iraq, assassinations of activists, and protests met
with live fire. Labels follow eval/README.md (section 1). The texts, with their labels, are in
the helper modules texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 309, gives them ids
ui0001... and writes the files.

    python3 eval/dev309/build.py            # validate, print the counts, write the files
    python3 eval/dev309/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_a import NEGATIVES as NEG_A  # noqa: E402
from texts_neg_b import NEGATIVES as NEG_B  # noqa: E402
from texts_neg_c import NEGATIVES as NEG_C  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = NEG_A + NEG_B + NEG_C

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev309",
            HERE,
            "ui",
            309,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
