"""Build eval/dev84/conflict.jsonl (and the empty eval/dev84/figures.jsonl).

dev84 is a set of whole articles of an ordinary news day in natural proportions: a headline and a
body of 5 to 12 sentences (about 600 to 2,400 characters), as a general world-news feed delivers
them on an ordinary day in 2023-2025, in the register of the wires and broadsheets (Reuters, AP,
AFP, the BBC, the Guardian, Al Jazeera). About a quarter of the items report current organised
violence (air, drone and missile strikes, bombings, jihadist attacks, massacres, gang and rebel
offensives, a raid, crackdowns on protests, a riot, the flight and hunger they cause); many of
them lead with a reaction, a funeral, a market move, an airline or border decision or an aid
appeal and report the violence in the second to fourth sentence. The rest is the ordinary news
of the day: politics and elections, central banks and markets, companies, technology, science,
weather, disasters and accidents, health, crime and courts, protest, peace deals, anniversaries,
culture, sport and defence. Most of those mention wars, armies, refugees, attacks or weapons in
passing (hard negatives); about a third use no conflict words at all (negative_other). Labels
follow eval/README.md (section 1). The texts, with their labels, are in the helper modules
texts_*.py of this folder:

    POSITIVES and NEGATIVES, in the layout eval/conflictset/__init__.py gives

eval/conflictset/__init__.py says what happens to them (here with seed 84 and ids
kf0001...). The shared builder checks the positive share (0.18 to 0.30, the natural share the
brief gave) before it writes anything. The builder refuses a newline in a text, so the
paragraphs of an article are joined by single spaces. Decisions where the guideline is silent
are in README.md.

    python3 eval/dev84/build.py            # validate, print the counts, write the files
    python3 eval/dev84/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_crime_protest_peace import NEGATIVES as NEG_CRIME_PROTEST_PEACE  # noqa: E402
from texts_neg_hazards_health import NEGATIVES as NEG_HAZARDS_HEALTH  # noqa: E402
from texts_neg_memory_culture import NEGATIVES as NEG_MEMORY_CULTURE  # noqa: E402
from texts_neg_other import NEGATIVES as NEG_OTHER  # noqa: E402
from texts_neg_politics_economy import NEGATIVES as NEG_POLITICS_ECONOMY  # noqa: E402
from texts_neg_sport_military import NEGATIVES as NEG_SPORT_MILITARY  # noqa: E402
from texts_pos_africa import POSITIVES as POS_AFRICA  # noqa: E402
from texts_pos_asia_europe_americas import POSITIVES as POS_ASIA_EUROPE_AMERICAS  # noqa: E402
from texts_pos_mideast import POSITIVES as POS_MIDEAST  # noqa: E402

POSITIVES = POS_AFRICA + POS_MIDEAST + POS_ASIA_EUROPE_AMERICAS
NEGATIVES = (
    NEG_POLITICS_ECONOMY
    + NEG_HAZARDS_HEALTH
    + NEG_CRIME_PROTEST_PEACE
    + NEG_MEMORY_CULTURE
    + NEG_SPORT_MILITARY
    + NEG_OTHER
)

add_items(POSITIVES, NEGATIVES)

# whole articles: 5 to 16 sentences, 500 to 2,600 characters (the bounds the brief gave; the
# texts themselves are 5 to 12 sentences and 600 to 2,400 characters); titles up to 140
# characters; typing slips refused; near_dup: the default 0.5 (Jaccard overlap of content words).
sys.exit(
    run(
        ConflictConfig(
            "dev84",
            HERE,
            "kf",
            84,
            sentences=(5, 16),
            min_text_chars=500,
            max_text_chars=2600,
            check_glued=True,
            max_title_chars=140,
            near_dup=0.5,
            positive_share=(0.18, 0.30),  # the natural share the brief gave
        )
    )
)
