"""Build eval/dev129/conflict.jsonl (and the empty eval/dev129/figures.jsonl).

dev129 is a blind set of whole articles, 2022-2026, of features, analysis, explainers and
human-interest stories from war zones and from far away, with the week's news reports among them,
in natural proportions (in the manner of the Guardian, The Atlantic, the New York Times, The
Economist, Der Spiegel International, Le Monde in English, Al Jazeera, BBC features, NPR, the New
Humanitarian, Rest of World, the Kyiv Independent, Haaretz, Dawn and The Continent): a headline and
a body of 6 to 14 sentences, 700 to 2,600 characters, about three in ten of them reporting current
organised violence or its direct consequences, sometimes only in one paragraph of a longer piece;
the rest talk about wars, crime or disasters without reporting current organised violence, or
about other things entirely. Labels follow eval/README.md (section 1). The texts, with their
labels, are in the helper modules texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 129, gives them ids
jb0001... and writes the files. The builder refuses newlines, so paragraphs are joined by single
spaces.

    python3 eval/dev129/build.py            # validate, print the counts, write the files
    python3 eval/dev129/build.py --table    # also print the counts as markdown tables
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
            "dev129",
            HERE,
            "jb",
            129,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.22, 0.40),
        )
    )
)
