"""Build eval/dev39/conflict.jsonl (and the empty eval/dev39/figures.jsonl).

dev39 is a set of short feed items (a headline and a summary of 1 to 3 sentences, 80 to 700
characters) as a general world-news RSS feed shows them on an ordinary day: about a third
conflict and political violence, two thirds everything else (politics, economy, business,
technology, science, health, sport, culture, weather and disasters, crime, courts, diplomacy,
protests), labelled by the guideline of eval/README.md (section 1). The texts, with their
labels, are in the helper modules texts_*.py of this folder:

    POSITIVES and NEGATIVES, in the layout eval/conflictset/__init__.py gives

eval/conflictset/__init__.py says what happens to them (here with seed 39 and ids
ci0001...). Decisions where the guideline is silent are in README.md.

    python3 eval/dev39/build.py            # validate, print the counts, write the files
    python3 eval/dev39/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_crime_sport import NEGATIVES as NEG_CRIME_SPORT  # noqa: E402
from texts_neg_disaster_accident_health import NEGATIVES as NEG_DISASTER  # noqa: E402
from texts_neg_news import NEGATIVES as NEG_NEWS  # noqa: E402
from texts_neg_peace_military_misc import NEGATIVES as NEG_PEACE_MILITARY  # noqa: E402
from texts_neg_politics_economy import NEGATIVES as NEG_POLITICS_ECONOMY  # noqa: E402
from texts_pos_africa import POSITIVES as POS_AFRICA  # noqa: E402
from texts_pos_asia_americas import POSITIVES as POS_ASIA_AMERICAS  # noqa: E402
from texts_pos_mideast_europe import POSITIVES as POS_MIDEAST_EUROPE  # noqa: E402

POSITIVES = POS_AFRICA + POS_MIDEAST_EUROPE + POS_ASIA_AMERICAS
NEGATIVES = NEG_NEWS + NEG_POLITICS_ECONOMY + NEG_DISASTER + NEG_CRIME_SPORT + NEG_PEACE_MILITARY
add_items(POSITIVES, NEGATIVES)

# texts: 80 to 700 characters (feed summaries); typing slips refused
# near_dup: the default 0.5 (Jaccard overlap of content words); short items share few words, so
# it catches only a text written twice or lightly reworded (README.md gives the highest pair).
sys.exit(
    run(
        ConflictConfig(
            "dev39",
            HERE,
            "ci",
            39,
            sentences=(1, 3),
            min_text_chars=80,
            max_text_chars=700,
            check_glued=True,
            max_title_chars=120,
            near_dup=0.5,
        )
    )
)
