"""Build eval/dev356/conflict.jsonl (and the empty eval/dev356/figures.jsonl).

dev356 is a blind set of whole articles (a title and 6 to 14 sentences) from Chinese state
media in translation, 2014-2026, in the style of Xinhua, the Global Times, CGTN, People's Daily
and China Daily: drills around Taiwan and 'struggle' rhetoric, anti-corruption campaigns, floods
and earthquakes, trade and price wars, the 'war on poverty', anniversaries of the War of
Resistance, parades, police operations against telecom fraud, peace deals brokered in Beijing,
war films and games, with their war words used loosely, and, in about a third, current armed
conflict or political violence as the same outlets report it (Chinese nationals killed or
abducted in attacks abroad, evacuations from war zones, the clash in the Galwan Valley, fighting
in Myanmar near the border, attacks on Chinese engineers in Pakistan, riots, attacks at home, and
the wars of the day on the wires). Labels follow eval/README.md (section 1). The texts, with
their labels, are in the helper modules texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 356, gives them ids
wf0001... and writes the files.

    python3 eval/dev356/build.py            # validate, print the counts, write the files
    python3 eval/dev356/build.py --table    # also print the counts as markdown tables
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
            "dev356",
            HERE,
            "wf",
            356,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
