"""Build eval/dev173/conflict.jsonl (and the empty eval/dev173/figures.jsonl).

dev173 is a blind set of whole articles (a title and 6 to 14 sentences, 700 to 2,600
characters) from the courts and justice desk, 2015-2026: trials, verdicts, inquiries, inquests,
tribunals, extraditions, sanctions listings and lawsuits, in the style of Reuters legal, AP, AFP,
JusticeInfo.net, BIRN/Balkan Insight, the Guardian's law pages, the BBC, Al Jazeera, Premium
Times, Dawn, The Hindu, the Kyiv Independent and El País English. Many texts tell old violence in
detail as evidence heard in court; about a third report current organised violence or its
direct consequences (a court attacked, a judge or prosecutor assassinated, a trial halted by
fighting, a jailbreak, witnesses abducted, riots and crackdowns around a ruling). Labels follow
eval/README.md (section 1). The texts, with their labels, are in the helper modules texts_*.py
of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 173, gives them ids
jw0001... and writes the files.

    python3 eval/dev173/build.py            # validate, print the counts, write the files
    python3 eval/dev173/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_crime import NEGATIVES as NEG_CRIME  # noqa: E402
from texts_neg_history import NEGATIVES as NEG_HISTORY  # noqa: E402
from texts_neg_other import NEGATIVES as NEG_OTHER  # noqa: E402
from texts_neg_politics_military import NEGATIVES as NEG_POLITICS_MILITARY  # noqa: E402
from texts_neg_protest_peace_economy import NEGATIVES as NEG_PROTEST_PEACE_ECON  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402
from texts_pos_c import POSITIVES as POS_C  # noqa: E402

POSITIVES = POS_A + POS_B + POS_C
NEGATIVES = NEG_HISTORY + NEG_CRIME + NEG_POLITICS_MILITARY + NEG_PROTEST_PEACE_ECON + NEG_OTHER

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev173",
            HERE,
            "jw",
            173,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
