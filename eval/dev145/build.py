"""Build eval/dev145/conflict.jsonl (and the empty eval/dev145/figures.jsonl).

dev145 is a blind set of whole articles (a title and 6 to 14 sentences, 700 to 2,600
characters) from the English-language national press of the Middle East, North Africa, Turkey
and Iran, every desk, 2016-2026, in the style of Ahram Online, Daily News Egypt, the Libya
Observer, TAP, Morocco World News, the Jordan Times, L'Orient Today, Rudaw, Kurdistan24, Shafaq
News, Arab News, The National, Gulf News, Yemen Monitor, Hurriyet Daily News, Daily Sabah, the
Tehran Times, IranWire, Haaretz and WAFA: an ordinary news day in Egypt, Libya, Tunisia, Algeria,
Morocco, Jordan, Lebanon, Syria, Iraq and its Kurdistan Region, the Gulf states, Yemen, Turkey,
Iran, Israel and the Palestinian territories. About a third report current organised violence or
its direct consequences; the rest are the other news of the same papers, many with war words in
other senses (anniversaries, martyrs' commemorations, parades, arms deals, diplomacy, sanctions,
refugees long settled). Labels follow eval/README.md (section 1). The texts, with their labels,
are in the helper modules texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 145, gives them ids
ji0001... and writes the files.

    python3 eval/dev145/build.py            # validate, print the counts, write the files
    python3 eval/dev145/build.py --table    # also print the counts as markdown tables
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
from texts_neg_d import NEGATIVES as NEG_D  # noqa: E402
from texts_neg_e import NEGATIVES as NEG_E  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402
from texts_pos_c import POSITIVES as POS_C  # noqa: E402

POSITIVES = POS_A + POS_B + POS_C
NEGATIVES = NEG_A + NEG_B + NEG_C + NEG_D + NEG_E

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev145",
            HERE,
            "ji",
            145,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
