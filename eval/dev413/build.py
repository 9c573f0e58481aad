"""Build eval/dev413/conflict.jsonl (and the empty eval/dev413/figures.jsonl).

dev413 is a blind set of whole articles (a title and 6 to 14 sentences) in the register of the
Pakistani press in English (Dawn, the Express Tribune, The News, Geo, Business Recorder), on any
topic, 2014-2026: cricket's attacks and bombers, the IMF programme and budget battles, floods,
heatwaves, smog, quakes and locusts, court cases against politicians, polio campaigns and other
epidemics, blasphemy cases and mob killings told through the police and the courts, the
anniversaries of 1965, 1971, 1998, 2009 and the APS massacre, PTI marches and other protests
that stay peaceful, peace jirgas and ceasefires, the military without violence, war on screen,
accidents and ordinary news, and, in about a third, current armed conflict and political
violence (TTP and BLA attacks, suicide bombings, the Jaffar Express hijacking, the Kurram
clashes and blockade, operations in Waziristan and Bajaur, the strikes with India of 2019 and
2025, the Afghan border clashes, riots and crackdowns, and Afghans pushed out by deportation
drives). Labels follow eval/README.md (section 1). The texts, with their labels, are in the
helper modules texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 413, gives them ids
xg0001... and writes the files.

    python3 eval/dev413/build.py            # validate, print the counts, write the files
    python3 eval/dev413/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_desk import NEGATIVES as NEG_DESK  # noqa: E402
from texts_neg_hazard import NEGATIVES as NEG_HAZARD  # noqa: E402
from texts_neg_past import NEGATIVES as NEG_PAST  # noqa: E402
from texts_neg_public import NEGATIVES as NEG_PUBLIC  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = NEG_DESK + NEG_HAZARD + NEG_PUBLIC + NEG_PAST

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev413",
            HERE,
            "xg",
            413,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
