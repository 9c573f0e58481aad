"""Build eval/dev347/conflict.jsonl (and the empty eval/dev347/figures.jsonl).

dev347 is a blind set of whole articles (a title and 6 to 14 sentences) from the Turkish and
Kurdish press in English, 2014-2026, in the style of Hürriyet Daily News, Daily Sabah, Bianet,
Rudaw, Kurdistan24, ANF, Duvar and the wires that relay them: politics and elections, trials of
journalists and politicians, earthquakes, fires and mine disasters, the economy and the lira,
football, peaceful protests and vigils, the PKK peace process and its disarmament ceremonies,
the history of the 1990s and other anniversaries, and, in about a third, current armed conflict
and political violence (Turkish air and ground operations in northern Iraq and Syria, PKK, TAK
and Islamic State attacks, urban fighting in Kurdish towns, clashes in north-east Syria and the
Kurdistan Region, riots and deadly crackdowns). Labels follow eval/README.md (section 1). The
texts, with their labels, are in the helper modules texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 347, gives them ids
wa0001... and writes the files.

    python3 eval/dev347/build.py            # validate, print the counts, write the files
    python3 eval/dev347/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_hazard import NEGATIVES as NEG_HAZARD  # noqa: E402
from texts_neg_politics import NEGATIVES as NEG_POLITICS  # noqa: E402
from texts_neg_society import NEGATIVES as NEG_SOCIETY  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = NEG_POLITICS + NEG_SOCIETY + NEG_HAZARD

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev347",
            HERE,
            "wa",
            347,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
