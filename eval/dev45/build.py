"""Build eval/dev45/conflict.jsonl (and the empty eval/dev45/figures.jsonl).

dev45 is a set of short news items (a headline and 1 to 4 sentences, 80 to 700 characters) in
the register of the defence, security and geopolitics desk of English-language outlets (wires,
defence trade press, national papers' security pages, regional outlets), set in Europe, Russia
and Ukraine, the Caucasus, the Middle East, South, Southeast and East Asia, Africa and the Sahel,
and Latin America: about 40% conflict (strikes, shelling, battles, insurgent and terrorist
attacks, attacks on civilians, displacement by fighting, some of it in dry ministry jargon), 60%
not (hard negatives from the same desk: exercises, weapons tests, intercepts and false alerts,
arms deals, budgets, industry, deployments, recruitment, Security Council mandates, sanctions,
talks and treaties, coups without fighting, espionage, terrorism trials, cyber and hybrid
incidents, military accidents, anniversaries, parades and culture), labelled by the guideline of
eval/README.md (section 1). The texts, with their labels, are in the helper modules texts_*.py
of this folder:

    POSITIVES and NEGATIVES, in the layout eval/conflictset/__init__.py gives

eval/conflictset/__init__.py says what happens to them (here with seed 45 and ids
cl0001...). Decisions where the guideline is silent are in README.md.

    python3 eval/dev45/build.py            # validate, print the counts, write the files
    python3 eval/dev45/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_diplomacy import NEGATIVES as NEG_DIPLOMACY  # noqa: E402
from texts_neg_drills import NEGATIVES as NEG_DRILLS  # noqa: E402
from texts_neg_misc import NEGATIVES as NEG_MISC  # noqa: E402
from texts_neg_procurement import NEGATIVES as NEG_PROCUREMENT  # noqa: E402
from texts_neg_security import NEGATIVES as NEG_SECURITY  # noqa: E402
from texts_pos_africa_americas import POSITIVES as POS_AFRICA_AMERICAS  # noqa: E402
from texts_pos_asia import POSITIVES as POS_ASIA  # noqa: E402
from texts_pos_europe import POSITIVES as POS_EUROPE  # noqa: E402
from texts_pos_mideast import POSITIVES as POS_MIDEAST  # noqa: E402

POSITIVES = POS_EUROPE + POS_MIDEAST + POS_ASIA + POS_AFRICA_AMERICAS
NEGATIVES = NEG_DRILLS + NEG_PROCUREMENT + NEG_DIPLOMACY + NEG_SECURITY + NEG_MISC
add_items(POSITIVES, NEGATIVES)

# texts: 80 to 700 characters, 1 to 4 sentences; typing slips refused
# near_dup: the default 0.5 (Jaccard overlap of content words); short items share few words, so
# it catches only a text written twice or lightly reworded (README.md gives the highest pair).
sys.exit(
    run(
        ConflictConfig(
            "dev45",
            HERE,
            "cl",
            45,
            sentences=(1, 4),
            min_text_chars=80,
            max_text_chars=700,
            check_glued=True,
            max_title_chars=120,
            near_dup=0.5,
        )
    )
)
