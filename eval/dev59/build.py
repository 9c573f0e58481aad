"""Build eval/dev59/conflict.jsonl (and the empty eval/dev59/figures.jsonl).

dev59 is a set of news items (a headline and 2 to 6 sentences, 150 to 1,100 characters) from a
world feed's politics desk: elections, campaigns, parliaments, parties, courts ruling on results,
protests over results and coups. The desk is full of war words that report no violence
("battleground states", "attack ads", "under fire", "war room", "landslide", "bloodbath",
"knives out", a party "coup", "insurgent" and "guerrilla" campaigns, "decapitation strategy",
"ground game", "targeting" voters, "shock troops"). The positives are the current events of
political violence among them (candidates assassinated, rallies bombed or shot at, clashes at
polling stations, post-election riots and crackdowns, armed groups attacking polling stations,
election workers or ballot convoys, coups by soldiers), 2011 to 2025; the negatives, most of them
hard, are the metaphors, peaceful protests, corruption and fraud cases, court rulings, threats
not carried out, security preparations, anniversaries, peace pledges, accidents and disasters
at election time. Labels follow eval/README.md (section 1). The texts, with their labels, are in
the helper modules texts_*.py of this folder:

    POSITIVES and NEGATIVES, in the layout eval/conflictset/__init__.py gives

eval/conflictset/__init__.py says what happens to them (here with seed 59 and ids
cs0001...). The shared builder checks the positive share (0.35 to 0.45, the range the brief
gave) before it writes anything. Decisions where the guideline is silent are in README.md.

    python3 eval/dev59/build.py            # validate, print the counts, write the files
    python3 eval/dev59/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_campaigns import NEGATIVES as NEG_CAMPAIGNS  # noqa: E402
from texts_neg_crime import NEGATIVES as NEG_CRIME  # noqa: E402
from texts_neg_memory import NEGATIVES as NEG_MEMORY  # noqa: E402
from texts_neg_other import NEGATIVES as NEG_OTHER  # noqa: E402
from texts_neg_peace import NEGATIVES as NEG_PEACE  # noqa: E402
from texts_neg_protest import NEGATIVES as NEG_PROTEST  # noqa: E402
from texts_neg_security import NEGATIVES as NEG_SECURITY  # noqa: E402
from texts_pos_africa import POSITIVES as POS_AFRICA  # noqa: E402
from texts_pos_americas_europe import POSITIVES as POS_AMERICAS_EUROPE  # noqa: E402
from texts_pos_asia import POSITIVES as POS_ASIA  # noqa: E402

POSITIVES = POS_AFRICA + POS_ASIA + POS_AMERICAS_EUROPE
NEGATIVES = (
    NEG_CAMPAIGNS + NEG_PROTEST + NEG_CRIME + NEG_MEMORY + NEG_SECURITY + NEG_PEACE + NEG_OTHER
)

add_items(POSITIVES, NEGATIVES)

# texts: 150 to 1,100 characters, 2 to 6 sentences, as in dev57; titles up to 140 characters;
# typing slips refused; near_dup: the default 0.5 (Jaccard overlap of content words).
sys.exit(
    run(
        ConflictConfig(
            "dev59",
            HERE,
            "cs",
            59,
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
