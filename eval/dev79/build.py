"""Build eval/dev79/conflict.jsonl (and the empty eval/dev79/figures.jsonl).

dev79 is a set of whole articles as a news feed delivers them: a headline and a body of 6 to 14
sentences (about 1,000 to 1,600 characters), in the register of the wires and broadsheets
(Reuters, AP, AFP, the BBC, the Guardian, Al Jazeera, the New York Times), set in every region
from 2012 to 2025. Unlike briefs, the lead may be about one thing and the background paragraphs
about a war; quotes, reactions, analysis and context come after the news. The positives report
current organised violence (battles, air and missile strikes, shelling, bombings, massacres,
attacks on civilians, crackdowns on protests, riots, displacement by fighting, sieges and their
toll), many of them leading with a reaction, a funeral, a diplomatic move, an economic decision
or a humanitarian angle. The negatives, almost all hard, are whole articles about something else
that mention wars, attacks, weapons and deaths in passing or in background: elections in
post-war countries, peace deals, a hostage exchange, markets, disasters and accidents in
conflict-affected countries, epidemics, crime and trials, peaceful marches, anniversaries and a
rebuilt mosque, a film, a documentary, a memoir, theatre in wartime, former refugees, sport in
countries at war, defence budgets, an arms fair and drills. Labels follow eval/README.md
(section 1). The texts, with their labels, are in the helper modules texts_*.py of this folder:

    POSITIVES and NEGATIVES, in the layout eval/conflictset/__init__.py gives

eval/conflictset/__init__.py says what happens to them (here with seed 79 and ids
kc0001...). The shared builder checks the positive share (0.35 to 0.45, the range the brief
gave) before it writes anything. The builder refuses a newline in a text, so the paragraphs of
an article are joined by single spaces. Decisions where the guideline is silent are in README.md.

    python3 eval/dev79/build.py            # validate, print the counts, write the files
    python3 eval/dev79/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_crime_protest import NEGATIVES as NEG_CRIME_PROTEST  # noqa: E402
from texts_neg_hazards_health import NEGATIVES as NEG_HAZARDS_HEALTH  # noqa: E402
from texts_neg_memory_culture import NEGATIVES as NEG_MEMORY_CULTURE  # noqa: E402
from texts_neg_politics_peace import NEGATIVES as NEG_POLITICS_PEACE  # noqa: E402
from texts_neg_sport_military import NEGATIVES as NEG_SPORT_MILITARY  # noqa: E402
from texts_pos_africa import POSITIVES as POS_AFRICA  # noqa: E402
from texts_pos_asia_europe_americas import POSITIVES as POS_ASIA_EUROPE_AMERICAS  # noqa: E402
from texts_pos_mideast import POSITIVES as POS_MIDEAST  # noqa: E402

POSITIVES = POS_AFRICA + POS_MIDEAST + POS_ASIA_EUROPE_AMERICAS
NEGATIVES = (
    NEG_POLITICS_PEACE
    + NEG_HAZARDS_HEALTH
    + NEG_CRIME_PROTEST
    + NEG_MEMORY_CULTURE
    + NEG_SPORT_MILITARY
)

add_items(POSITIVES, NEGATIVES)

# whole articles: 6 to 16 sentences, 600 to 2,600 characters (the bounds the brief suggested);
# titles up to 140 characters; typing slips refused; near_dup: the default 0.5 (Jaccard overlap
# of content words).
sys.exit(
    run(
        ConflictConfig(
            "dev79",
            HERE,
            "kc",
            79,
            sentences=(6, 16),
            min_text_chars=600,
            max_text_chars=2600,
            check_glued=True,
            max_title_chars=140,
            near_dup=0.5,
            positive_share=(0.35, 0.45),  # the share the brief gave
        )
    )
)
