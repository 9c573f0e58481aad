"""Build eval/dev354/conflict.jsonl (and the empty eval/dev354/figures.jsonl).

dev354 is a blind set of whole articles (a title and 6 to 14 sentences) in the register of the
Canadian press, 2014-2026: CBC News, the Globe and Mail, The Canadian Press, La Presse and Le
Devoir in translation, on any desk. Negatives are the news that borders violence or borrows its
words: wildfires, floods and storms, trade wars and tariffs, hockey fights and other sport, gang
shootings and other crime, Indigenous and labour protests that stay peaceful, Remembrance Day and
the history of the world wars, the Canadian Armed Forces at home and in NATO exercises, peace
diplomacy, political battles, films and exhibitions, accidents and health. In about a third,
current armed conflict or political violence: terror attacks in Canada, Canadians killed or
evacuated in wars abroad, Canadian troops under fire, crackdowns and clashes at home. Labels
follow eval/README.md (section 1). The texts, with their labels, are in the helper modules
texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 354, gives them ids
wd0001... and writes the files.

    python3 eval/dev354/build.py            # validate, print the counts, write the files
    python3 eval/dev354/build.py --table    # also print the counts as markdown tables
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
            "dev354",
            HERE,
            "wd",
            354,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
