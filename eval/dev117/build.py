"""Build eval/dev117/conflict.jsonl (and the empty eval/dev117/figures.jsonl).

dev117 is a blind set of whole articles around current wars, 2016-2025, in natural proportions:
diplomacy, aid, sanctions, courts, arms, host politics, with the war reports among them (Ukraine,
Gaza and Lebanon, Sudan, DRC, Myanmar, Yemen, Syria, the Sahel, Ethiopia, Haiti, Colombia), in
the style of Reuters, AP, AFP, Al Jazeera, the Guardian, the BBC, DW, France 24, the Kyiv
Independent, Haaretz, Sudan Tribune, Radio Okapi, The Irrawaddy, Devex and the New Humanitarian.
A headline and a body of 6 to 14 sentences (700 to 2,600 characters); about a third report
current organised violence or its direct consequences, often below a diplomatic, legal or
economic lead. Labels follow eval/README.md (section 1). The texts, with their labels, are in
the helper modules texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 117, gives them ids
kw0001... and writes the files. The builder refuses newlines, so paragraphs are joined by single
spaces.

    python3 eval/dev117/build.py            # validate, print the counts, write the files
    python3 eval/dev117/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_courts_votes import NEGATIVES as NEG_COURTS  # noqa: E402
from texts_neg_money_arms import NEGATIVES as NEG_MONEY  # noqa: E402
from texts_neg_other import NEGATIVES as NEG_OTHER  # noqa: E402
from texts_neg_talks import NEGATIVES as NEG_TALKS  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = NEG_TALKS + NEG_COURTS + NEG_MONEY + NEG_OTHER

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev117",
            HERE,
            "kw",
            117,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.22, 0.42),
        )
    )
)
