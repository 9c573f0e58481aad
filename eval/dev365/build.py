"""Build eval/dev365/conflict.jsonl (and the empty eval/dev365/figures.jsonl).

dev365 is a blind set of whole articles (a title and 6 to 14 sentences) from the Arabic-language
press in translation, 2014-2026: Al Jazeera Arabic, Asharq Al-Awsat, Al-Ahram, Al-Quds Al-Arabi
and Annahar, with the agencies and dailies they cite (WAFA, Petra, Ad-Dustour, Al-Ghad), on any
topic: football and the Arab Cup, Ramadan and the Hajj, the economy and subsidies, the Derna
floods and the Al Haouz earthquake, crime and family and tribal feuds settled by courts and
reconciliation sessions, diplomacy and summits, the anniversaries of the 1967 and 1973 wars,
parliaments and their 'battles', the armed forces and the arts, and, in about a third, current
armed conflict and political violence (Gaza, the West Bank, Sudan, Yemen, Syria, Lebanon,
Libya, Iraq and Sinai: strikes, bombings, assassinations, abductions, massacres, crackdowns).
Labels follow eval/README.md (section 1). The texts, with their labels, are in the helper
modules texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 365, gives them ids
wk0001... and writes the files.

    python3 eval/dev365/build.py            # validate, print the counts, write the files
    python3 eval/dev365/build.py --table    # also print the counts as markdown tables
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
from texts_neg_world import NEGATIVES as NEG_WORLD  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = NEG_DESK + NEG_WORLD + NEG_HAZARD

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev365",
            HERE,
            "wk",
            365,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
