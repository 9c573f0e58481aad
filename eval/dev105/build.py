"""Build eval/dev105/conflict.jsonl (and the empty eval/dev105/figures.jsonl).

dev105 is a blind set of whole articles from the national and metro press of the United States,
the United Kingdom, Canada, Australia, Ireland and New Zealand (the New York Times, the
Washington Post, the AP, the Guardian, BBC News, the Times, the Irish Times, CBC, the Globe and
Mail, ABC Australia, the Sydney Morning Herald, RNZ, local dailies), 2017-2025, in natural
proportions: a headline and a body of 6 to 14 sentences, about a quarter of them reporting current
organised violence abroad or at home or its direct consequences (a strike abroad seen from a
diaspora, troops wounded abroad, terror attacks, riots, refugees of a current war), the rest the
papers' other news, most of it with war and violence words in passing. Labels follow
eval/README.md (section 1). The texts, with their labels, are in the helper modules texts_*.py of
this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 105, gives them ids
kq0001... and writes the files. The builder refuses newlines, so paragraphs are joined by single
spaces.

    python3 eval/dev105/build.py            # validate, print the counts, write the files
    python3 eval/dev105/build.py --table    # also print the counts as markdown tables
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
from texts_neg_other import NEGATIVES as NEG_OTHER  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = NEG_A + NEG_B + NEG_C + NEG_D + NEG_OTHER

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev105",
            HERE,
            "kq",
            105,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.18, 0.32),
        )
    )
)
