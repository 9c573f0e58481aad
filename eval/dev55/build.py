"""Build eval/dev55/conflict.jsonl (and the empty eval/dev55/figures.jsonl).

dev55 is a set of longer news items (a headline and 2 to 6 sentences, 150 to 1,100 characters)
in the register of "the text around wars": what a world-news feed carries beside its breaking
reports (analysis pieces, explainers, opinion columns, obituaries, reviews of books, films and
exhibitions about wars, war-crimes trials and tribunals, sanctions and asset freezes, arms deals
and defence budgets, diplomacy and summits, elections and economies in countries at war,
reconstruction conferences, refugees' lives years later, veterans, memorials, polls and
fact-checks), and, mixed in among them, the current reports written in that analytical or
long-form style, which are conflict under the guideline of eval/README.md (section 1) because
they report a current event of armed conflict or political violence or its direct human
consequences. The texts, with their labels, are in the helper modules texts_*.py of this folder:

    POSITIVES and NEGATIVES, in the layout eval/conflictset/__init__.py gives

eval/conflictset/__init__.py says what happens to them (here with seed 55 and ids
cq0001...). The shared builder checks the positive share (0.35 to 0.45, the range the brief
gave) before it writes anything. Decisions where the guideline is silent are in README.md.

    python3 eval/dev55/build.py            # validate, print the counts, write the files
    python3 eval/dev55/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_analysis_opinion import NEGATIVES as NEG_ANALYSIS  # noqa: E402
from texts_neg_courts_sanctions import NEGATIVES as NEG_COURTS  # noqa: E402
from texts_neg_culture import NEGATIVES as NEG_CULTURE  # noqa: E402
from texts_neg_military_diplomacy import NEGATIVES as NEG_MILITARY  # noqa: E402
from texts_neg_obituaries_memory import NEGATIVES as NEG_MEMORY  # noqa: E402
from texts_neg_other import NEGATIVES as NEG_OTHER  # noqa: E402
from texts_pos_africa import POSITIVES as POS_AFRICA  # noqa: E402
from texts_pos_asia_americas import POSITIVES as POS_ASIA_AMERICAS  # noqa: E402
from texts_pos_europe import POSITIVES as POS_EUROPE  # noqa: E402
from texts_pos_middle_east import POSITIVES as POS_MIDDLE_EAST  # noqa: E402

POSITIVES = POS_EUROPE + POS_MIDDLE_EAST + POS_AFRICA + POS_ASIA_AMERICAS
NEGATIVES = NEG_COURTS + NEG_ANALYSIS + NEG_MEMORY + NEG_CULTURE + NEG_MILITARY + NEG_OTHER

add_items(POSITIVES, NEGATIVES)

# texts: 150 to 1,100 characters, 2 to 6 sentences (this register runs longer than wire briefs);
# titles up to 140 characters; typing slips refused.
# near_dup: the default 0.5 (Jaccard overlap of content words), which catches only a text written
# twice or lightly reworded (README.md gives the highest pair).
sys.exit(
    run(
        ConflictConfig(
            "dev55",
            HERE,
            "cq",
            55,
            sentences=(2, 6),
            min_text_chars=150,
            max_text_chars=1100,
            check_glued=True,
            max_title_chars=140,
            near_dup=0.5,
            positive_share=(0.35, 0.45),  # the share the brief gave
        )
    )
)
