"""Build eval/dev90/conflict.jsonl (and the empty eval/dev90/figures.jsonl).

dev90 is a blind set of the texts feeds deliver that are not single stories: news digests,
briefings and roundups ("World News in Brief", morning and evening briefings, "what we know so
far" explainers, weekly regional roundups, "five things to know", agency wire digests, market
and commodity wraps, sport and culture round-ups, live-page summaries, newsletters, a press
review and a radio bulletin). Each is a headline and a body of 4 to 16 sentences (about 500 to
2,300 characters) that tells several items one after another. By eval/README.md (section 1), a
digest is positive when any of its items reports a current event of armed conflict or political
violence, however small a part of the whole it is; it is negative when none does, even if its
items speak of wars, armies, refugees, weapons, past attacks, peace talks, trials, peaceful
protests, disasters, crime, exercises or sporting "battles". The texts, with their labels, are in
the helper modules of this folder:

    texts_pos_items_*.py  POSITIVES = [(title, text, tag codes, kind), ...]
    texts_neg_hard_*.py NEGATIVES = [(title, text, kind code), ...]  conflict words, no conflict
    texts_neg_other.py  NEGATIVES = [(title, text, "other"), ...]    no conflict word at all

eval/conflictset/__init__.py says what happens to them (here with seed 90 and ids kj0001...).
The builder refuses a newline in a text, so the items and paragraphs of a digest are joined by
single spaces. Decisions where the guideline is silent are in README.md.

    python3 eval/dev90/build.py            # validate, print the counts, write the files
    python3 eval/dev90/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_hard_culture_military_health import NEGATIVES as NEG_CULTURE  # noqa: E402
from texts_neg_hard_hazards_crime import NEGATIVES as NEG_HAZARDS  # noqa: E402
from texts_neg_hard_protest_peace_history import NEGATIVES as NEG_PROTEST  # noqa: E402
from texts_neg_hard_sport_politics_economy import NEGATIVES as NEG_SPORT  # noqa: E402
from texts_neg_other import NEGATIVES as NEG_OTHER  # noqa: E402
from texts_pos_items_1_13 import POSITIVES as POS_1  # noqa: E402
from texts_pos_items_14_26 import POSITIVES as POS_14  # noqa: E402
from texts_pos_items_27_38 import POSITIVES as POS_27  # noqa: E402

# in the order of the single modules they were split from: the shuffle keeps the set's bytes
POSITIVES = POS_1 + POS_14 + POS_27
NEG_HARD = NEG_HAZARDS + NEG_SPORT + NEG_PROTEST + NEG_CULTURE

add_items(POSITIVES, NEG_HARD + NEG_OTHER)

# the configuration the brief gave, unchanged: 4 to 18 sentences, 380 to 2,800 characters, titles
# up to 140 characters, typing slips refused, the positive share checked (0.33 to 0.47) before
# anything is written; near_dup: the default 0.5 (Jaccard overlap of content words).
sys.exit(
    run(
        ConflictConfig(
            "dev90",
            HERE,
            "kj",
            90,
            sentences=(4, 18),
            max_text_chars=2800,
            min_text_chars=380,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.33, 0.47),
        )
    )
)
