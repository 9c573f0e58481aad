"""Build eval/dev293/conflict.jsonl (and the empty eval/dev293/figures.jsonl).

dev293 is a blind set of whole articles (a title and 6 to 14 sentences) from the Israeli
domestic press, 2014-2026, in the style of Haaretz, the Times of Israel and Ynet: politics,
coalition crises and ministers' feuds, the courts (trials of old attacks included), the economy
and reservists' livelihoods, judicial overhaul and hostages' families' protests, memorial days,
Home Front Command drills, the defence establishment, the north's evacuees after the ceasefire,
disasters, accidents, health, culture and sport, with the desk's war words used loosely, and, in
about a third, current rocket and missile fire, strikes, terror attacks, raids, hostages taken
or killed, riots and fighting in Gaza, Lebanon, the West Bank, Yemen and Iran. Labels follow
eval/README.md (section 1). The texts, with their labels, are in the helper modules texts_*.py
of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 293, gives them ids
ua0001... and writes the files.

    python3 eval/dev293/build.py            # validate, print the counts, write the files
    python3 eval/dev293/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_politics import NEGATIVES as NEG_POLITICS  # noqa: E402
from texts_neg_society import NEGATIVES as NEG_SOCIETY  # noqa: E402
from texts_neg_street import NEGATIVES as NEG_STREET  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = NEG_POLITICS + NEG_STREET + NEG_SOCIETY

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev293",
            HERE,
            "ua",
            293,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
