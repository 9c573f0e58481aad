"""Build eval/dev364/conflict.jsonl (and the empty eval/dev364/figures.jsonl).

dev364 is a blind set of whole articles (a title and 6 to 14 sentences) from the science and
research desk, 2014-2026, every region, in the style of Nature and Science news, New Scientist,
the BBC's science pages and the wires: immune cells that attack, the battle against antibiotic
resistance, space missions and rocket launches, the archaeology of ancient wars, studies of
violence and of war data, earthquakes and volcanoes, wildlife invasions, nuclear physics,
science policy and its war words, and, in about a third, current armed conflict and political
violence that reaches scientists and their work (universities, labs and research stations
shelled or destroyed, scientists detained or killed, field work halted by fighting, campuses
stormed in crackdowns). Labels follow eval/README.md (section 1). The texts, with their labels,
are in the helper modules texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 364, gives them ids
wj0001... and writes the files.

    python3 eval/dev364/build.py            # validate, print the counts, write the files
    python3 eval/dev364/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_earth import NEGATIVES as NEG_EARTH  # noqa: E402
from texts_neg_life import NEGATIVES as NEG_LIFE  # noqa: E402
from texts_neg_policy import NEGATIVES as NEG_POLICY  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = NEG_LIFE + NEG_EARTH + NEG_POLICY

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev364",
            HERE,
            "wj",
            364,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
