"""Build eval/dev119/conflict.jsonl (and the empty eval/dev119/figures.jsonl).

dev119 is a blind set of whole articles from an ordinary news day of 2025 and 2026 as the feeds
of international broadcasters and their regional services deliver them (BBC News, DW, France 24,
NHK World, ABC Australia, CBC, RFI, VOA, Al Jazeera, Euronews, CNA, SABC, and AP copy as the
broadcasters rewrite it), in natural proportions: a headline and a body of 6 to 14 sentences, 700
to 2,600 characters, from every desk. About a third report current organised violence (Ukraine,
Gaza, Lebanon, Yemen, Syria, the West Bank, Sudan, DR Congo, the Sahel, Somalia, Ethiopia,
Mozambique, Nigeria, Cameroon, Myanmar, Haiti, Colombia, Pakistan, the Line of Control, the
Thai-Cambodian border, a terrorist attack in Germany, riots in Kenya and Nepal); the rest is the
rest of the news, much of it with the war desk's words and no current violence. Labels follow
eval/README.md (section 1). The texts, with their labels, are in the helper modules texts_*.py of
this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 119, gives them ids
kx0001... and writes the files. The builder refuses newlines, so paragraphs are joined by single
spaces.

    python3 eval/dev119/build.py            # validate, print the counts, write the files
    python3 eval/dev119/build.py --table    # also print the counts as markdown tables
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
from texts_neg_d import NEGATIVES as NEG_D  # noqa: E402
from texts_neg_e import NEGATIVES as NEG_E  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402
from texts_pos_c import POSITIVES as POS_C  # noqa: E402

POSITIVES = POS_A + POS_B + POS_C
NEGATIVES = NEG_A + NEG_B + NEG_C + NEG_D + NEG_E

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev119",
            HERE,
            "kx",
            119,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.22, 0.40),
        )
    )
)
