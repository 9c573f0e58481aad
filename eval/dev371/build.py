"""Build eval/dev371/conflict.jsonl (and the empty eval/dev371/figures.jsonl).

dev371 is a blind set of whole articles (a title and 6 to 14 sentences) from the Italian press
in translation, 2014-2026, in the style of Corriere della Sera, la Repubblica, La Stampa, ANSA
and Il Sole 24 Ore, on any topic: mafia killings and anti-mafia raids, the Years of Lead and
their anniversaries, migrant boats rescued and shipwrecks at sea, earthquakes and floods in
Emilia-Romagna and elsewhere, Serie A and the ultras, the 'war' on tax evasion, Italian ships
in NATO exercises, anarchist letters and peaceful protests, with the desk's war words used
loosely, and, in about a third, current armed conflict or political violence (Italian soldiers
of UNIFIL under fire in Lebanon, Italian aid workers, diplomats and journalists killed or
kidnapped abroad, the Red Sea mission firing on Houthi drones, anarchist parcel bombs that
injure, riots at home, attacks on Italians abroad and their evacuation from wars). Labels follow
eval/README.md (section 1). The texts, with their labels, are in the helper modules texts_*.py
of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 371, gives them ids
wm0001... and writes the files.

    python3 eval/dev371/build.py            # validate, print the counts, write the files
    python3 eval/dev371/build.py --table    # also print the counts as markdown tables
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
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = NEG_A + NEG_B

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev371",
            HERE,
            "wm",
            371,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
