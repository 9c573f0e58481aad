"""Build eval/dev402/conflict.jsonl (and the empty eval/dev402/figures.jsonl).

dev402 is a blind set of whole articles (a title and 6 to 14 sentences) from the Greek and
Cypriot press in translation, 2014-2026 (one item of September 2013), in the manner of
Kathimerini, To Vima, ERT, Cyprus Mail and Philenews, on any topic: wildfires and floods, the
Tempi train crash, the Pylos shipwreck as an accident and a court case, deadly football
violence, the debt crisis and the 'battle' with the creditors, Greek-Turkish airspace disputes
without shots, the anniversaries of the 1974 invasion, peaceful marches in Exarchia, Orthodox
Easter and, in about a third, current armed conflict or political violence as it reaches
Greeks and Cypriots (nationals evacuated from Lebanon, Israel, Gaza and Sudan, Aspides frigates
firing on Houthi drones, Greek-owned ships struck in the Red Sea, anarchist bombings that
wound, the killing of Pavlos Fyssas, attacks on migrants on Lesbos, in Evros and in Cyprus,
riots and crackdowns). Labels follow eval/README.md (section 1). The texts, with their labels,
are in the helper modules texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 402, gives them ids
xb0001... and writes the files.

    python3 eval/dev402/build.py            # validate, print the counts, write the files
    python3 eval/dev402/build.py --table    # also print the counts as markdown tables
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
            "dev402",
            HERE,
            "xb",
            402,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
