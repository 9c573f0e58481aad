"""Build eval/dev445/conflict.jsonl (and the empty eval/dev445/figures.jsonl).

dev445 is a blind set of whole articles (a title and 6 to 14 sentences) from the Lebanese and
Syrian press in English, 2014-2026, in the style of L'Orient Today, The Daily Star of Lebanon,
Naharnet, Enab Baladi, SANA in English and The Syrian Observer, on every desk: Israeli strikes on
the south and the Bekaa, the war of 2024, clashes in Ain al-Hilweh, Syria's war and its aftermath
(the coast in March 2025, Sweida, strikes and bombings), political violence; and, as hard
negatives from the same papers, the banking collapse, electricity, the port blast's inquiry and
anniversary, elections and cabinet fights in war words, ceasefire talks and agreements,
reconstruction, refugees' returns, crime and clan feuds, fires and floods, football and
basketball, culture and the civil war remembered. Labels follow eval/README.md (section 1) and
the decisions in eval/dev445/README.md. The texts, with their labels, are in the helper modules
texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 445, gives them ids
xo0001... and writes the files.

    python3 eval/dev445/build.py            # validate, print the counts, write the files
    python3 eval/dev445/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_lebanon import NEGATIVES as NEG_LEBANON  # noqa: E402
from texts_neg_society import NEGATIVES as NEG_SOCIETY  # noqa: E402
from texts_neg_syria import NEGATIVES as NEG_SYRIA  # noqa: E402
from texts_pos_lebanon import POSITIVES as POS_LEBANON  # noqa: E402
from texts_pos_syria import POSITIVES as POS_SYRIA  # noqa: E402
from texts_pos_violence import POSITIVES as POS_VIOLENCE  # noqa: E402

POSITIVES = POS_LEBANON + POS_SYRIA + POS_VIOLENCE
NEGATIVES = NEG_LEBANON + NEG_SYRIA + NEG_SOCIETY

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev445",
            HERE,
            "xo",
            445,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
