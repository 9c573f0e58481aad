"""Build eval/dev370/conflict.jsonl (and the empty eval/dev370/figures.jsonl).

dev370 is a blind set of whole articles (a title and 6 to 14 sentences) from the Spanish and
Portuguese press in translation, 2014-2026: El País, El Mundo, La Vanguardia, ABC, Público,
Expresso, Lusa and EFE on any topic. The negatives are the Iberian desks' own stories, with
their war words used loosely and the violence they border: ETA's history and its victims'
commemorations, the Catalan independence bid and the police charges of 2017 as politics and
in the courts, the Valencia floods of 2024, the Madrid derby, bullfighting, wildfires, the
"war" on tourist flats, the Civil War's mass graves and the memory law, drug-boat chases in
the Strait, defence, business and politics. About a third are positives: current armed
conflict or political violence (the Barcelona and Cambrils attacks of 2017, the Algeciras
church attack, riots in Barcelona, Lisbon, Maputo and Luanda, Spaniards and Portuguese caught
in wars abroad, the Sahel and the Mozambique insurgency in the Portuguese press, Ukraine, Gaza,
Lebanon, Colombia and Haiti as the Iberian desks cover them). Labels follow eval/README.md
(section 1). The texts, with their labels, are in the helper modules texts_*.py of this
folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 370, gives them ids
wl0001... and writes the files.

    python3 eval/dev370/build.py            # validate, print the counts, write the files
    python3 eval/dev370/build.py --table    # also print the counts as markdown tables
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
from texts_neg_memory import NEGATIVES as NEG_MEMORY  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = NEG_MEMORY + NEG_HAZARD + NEG_DESK

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev370",
            HERE,
            "wl",
            370,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
