"""Build eval/dev348/conflict.jsonl (and the empty eval/dev348/figures.jsonl).

dev348 is a blind set of whole articles (a title and 6 to 14 sentences) from the Nordic and
Baltic press (Finland, Sweden, Norway, Denmark, Estonia, Latvia, Lithuania and Iceland), on any
topic, 2014-2026, in the style of Yle, SVT and Sveriges Radio, NRK, DR, ERR, LSM, LRT, RÚV, the
Local, TT, NTB and the wires that quote them: hybrid threats without violence (drones over
airports, cable damage, GPS jamming, spying, airspace violations), NATO exercises, defence
budgets and conscription, gang shootings and bombings in Sweden treated as crime, migrants at the
borders with Belarus and Russia, the Second World War and the Soviet deportations remembered,
and the other desks with their war words; and, in about a third, current armed conflict or
political violence (terror attacks, riots, attacks with a political motive, Nordic volunteers
killed in Ukraine, drones and debris from Russian strikes, Russian strikes reported from the
Baltic angle, the Red Sea, Lebanon, Gaza and Sudan from the Nordic angle). Labels follow
eval/README.md (section 1). The texts, with their labels, are in the helper modules texts_*.py
of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 348, gives them ids
wb0001... and writes the files.

    python3 eval/dev348/build.py            # validate, print the counts, write the files
    python3 eval/dev348/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_past_politics import NEGATIVES as NEG_PAST_POLITICS  # noqa: E402
from texts_neg_security import NEGATIVES as NEG_SECURITY  # noqa: E402
from texts_neg_society import NEGATIVES as NEG_SOCIETY  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = NEG_SECURITY + NEG_PAST_POLITICS + NEG_SOCIETY

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev348",
            HERE,
            "wb",
            348,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
