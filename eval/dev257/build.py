"""Build eval/dev257/conflict.jsonl (and the empty eval/dev257/figures.jsonl).

dev257 is a blind set of whole articles (a title and 6 to 14 sentences) on territorial disputes
and stand-offs, 2014-2026, as the wires, the BBC, the South China Morning Post, the Hindu and
national papers write them: the South China Sea, the Taiwan Strait and the East China Sea, the
India-China border, Kashmir's Line of Control, Guyana's Essequibo, the Aegean and Cyprus, northern
Kosovo, Ethiopia and Eritrea, Western Sahara, and the neighbouring disputes of the Caucasus,
Central Asia, the Horn, Abyei, the Durand Line and the Thai-Cambodian border. Negatives are
water cannon and rammings with no one hurt, shadowing, drills and air-defence-zone incursions,
maps, renamings, referendums and court rulings, diplomatic protests, border talks and
agreements, peaceful marches, old wars, and the other desks' news from the disputed places.
Positives, about a third, are disputes where shots are fired, soldiers or civilians are killed
or wounded, positions are shelled or people flee fighting now. Labels follow eval/README.md
(section 1). The texts, with their labels, are in the helper modules texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 257, gives them ids
ti0001... and writes the files.

    python3 eval/dev257/build.py            # validate, print the counts, write the files
    python3 eval/dev257/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_desk import NEGATIVES as NEG_DESK  # noqa: E402
from texts_neg_land import NEGATIVES as NEG_LAND  # noqa: E402
from texts_neg_sea import NEGATIVES as NEG_SEA  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = NEG_SEA + NEG_LAND + NEG_DESK

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev257",
            HERE,
            "ti",
            257,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
