"""Build eval/dev93/conflict.jsonl (and the empty eval/dev93/figures.jsonl).

dev93 is a blind set of whole articles from an ordinary news day in the English-language feeds of
Europe, the Americas and Oceania (the BBC, the Guardian, the Irish Times, DW, France 24, Euronews,
the Kyiv Independent, CBC, NPR, the AP, the Globe and Mail, Buenos Aires Times, MercoPress, ABC
Australia, RNZ, the Sydney Morning Herald), 2018-2025, in natural proportions: a headline and a
body of 5 to 14 sentences, about a quarter of them reporting current organised violence (the war in
Ukraine in its daily forms, Middle East strikes, cartel and gang wars, political attacks, riots,
a crackdown, terrorism), the rest local and national news, most of it with war and violence words
in passing. Labels follow eval/README.md (section 1). The texts, with their labels, are in the
helper modules texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 93, gives them ids
kk0001... and writes the files. The builder refuses newlines, so paragraphs are joined by single
spaces.

    python3 eval/dev93/build.py            # validate, print the counts, write the files
    python3 eval/dev93/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_hard_a import NEGATIVES as NEG_HARD_A  # noqa: E402
from texts_neg_hard_b import NEGATIVES as NEG_HARD_B  # noqa: E402
from texts_neg_other import NEGATIVES as NEG_OTHER  # noqa: E402
from texts_pos import POSITIVES  # noqa: E402

NEGATIVES = NEG_HARD_A + NEG_HARD_B + NEG_OTHER

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev93",
            HERE,
            "kk",
            93,
            sentences=(5, 14),
            max_text_chars=2600,
            min_text_chars=500,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.18, 0.32),
        )
    )
)
