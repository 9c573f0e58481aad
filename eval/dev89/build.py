"""Build eval/dev89/conflict.jsonl (and the empty eval/dev89/figures.jsonl).

dev89 is a blind set of long whole articles in natural proportions: a headline of up to 140
characters and a body of 12 to 23 sentences (about 1,650 to 4,050 characters), as the full-text
feeds of the world wires and broadsheets deliver them (Reuters, AP, AFP, the BBC, the Guardian,
Al Jazeera, NPR, DW, France 24, the Straits Times, the Hindustan Times, Daily Maverick), set in
2016-2025 and in every region. About 29% of the articles report current organised violence; some
lead with it and spend most of their length on reactions, diplomacy, markets, history and
politics, others lead with something else (an election, a market move, a summit, an aid appeal,
a cricket league suspended) and report this week's violence in a middle paragraph. The rest is the
long news of an ordinary day, most of it with wars, armies, attacks, refugees or old massacres in
a background paragraph or a quote. Labels follow eval/README.md (section 1). The texts, with their
labels, are in the helper modules texts_*.py of this folder:

    POSITIVES and NEGATIVES, in the layout eval/conflictset/__init__.py gives

eval/conflictset/__init__.py says what happens to them (here with seed 89 and ids ki0001...).
The builder refuses newlines in a text, so the paragraphs of an article are joined by single
spaces. Decisions where the guideline is silent are in README.md.

    python3 eval/dev89/build.py            # validate, print the counts, write the files
    python3 eval/dev89/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_crime_protest_peace import NEGATIVES as NEG_CRIME_PROTEST_PEACE  # noqa: E402
from texts_neg_memory_culture_sport import NEGATIVES as NEG_MEMORY_CULTURE_SPORT  # noqa: E402
from texts_neg_military_hazards import NEGATIVES as NEG_MILITARY_HAZARDS  # noqa: E402
from texts_neg_other import NEGATIVES as NEG_OTHER  # noqa: E402
from texts_neg_politics_economy import NEGATIVES as NEG_POLITICS_ECONOMY  # noqa: E402
from texts_pos_africa import POSITIVES as POS_AFRICA  # noqa: E402
from texts_pos_asia_americas import POSITIVES as POS_ASIA_AMERICAS  # noqa: E402
from texts_pos_mideast_europe import POSITIVES as POS_MIDEAST_EUROPE  # noqa: E402

POSITIVES = POS_AFRICA + POS_MIDEAST_EUROPE + POS_ASIA_AMERICAS
NEGATIVES = (
    NEG_POLITICS_ECONOMY
    + NEG_MILITARY_HAZARDS
    + NEG_CRIME_PROTEST_PEACE
    + NEG_MEMORY_CULTURE_SPORT
    + NEG_OTHER
)

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged: 12 to 26 sentences, 1,400 to 4,600 characters,
# titles up to 140 characters, typing slips refused, the positive share kept within 22-38%;
# near_dup: the default 0.5 (Jaccard overlap of content words).
sys.exit(
    run(
        ConflictConfig(
            "dev89",
            HERE,
            "ki",
            89,
            sentences=(12, 26),
            max_text_chars=4600,
            min_text_chars=1400,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.22, 0.38),
        )
    )
)
