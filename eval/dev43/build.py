"""Build eval/dev43/conflict.jsonl (and the empty eval/dev43/figures.jsonl).

dev43 is a set of short news items (a headline and 1 to 4 sentences, 80 to 700 characters) on
the boundary between crime and armed conflict, and between unrest and ordinary protest, as
regional and national outlets in English report it from Latin America and the Caribbean, West
and East Africa and the Sahel, South and Southeast Asia, Central Asia, the Balkans and the
Caucasus: about 45% conflict and political violence (cartel and gang fighting, bandit raids,
vigilantes, communal and land violence, election violence, riots and crackdowns), 55% not
(mostly hard negatives: ordinary crime, peaceful protests, crime policy, peace processes, and
sport, accidents, disasters and culture with violent words), labelled by the guideline of
eval/README.md (section 1). The texts, with their labels, are in the helper modules texts_*.py
of this folder:

    POSITIVES and NEGATIVES, in the layout eval/conflictset/__init__.py gives

eval/conflictset/__init__.py says what happens to them (here with seed 43 and ids
ck0001...). Decisions where the guideline is silent are in README.md.

    python3 eval/dev43/build.py            # validate, print the counts, write the files
    python3 eval/dev43/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_crime import NEGATIVES as NEG_CRIME  # noqa: E402
from texts_neg_misc import NEGATIVES as NEG_MISC  # noqa: E402
from texts_neg_politics_peace import NEGATIVES as NEG_POLITICS_PEACE  # noqa: E402
from texts_neg_protest import NEGATIVES as NEG_PROTEST  # noqa: E402
from texts_pos_africa import POSITIVES as POS_AFRICA  # noqa: E402
from texts_pos_americas import POSITIVES as POS_AMERICAS  # noqa: E402
from texts_pos_asia_eurasia import POSITIVES as POS_ASIA_EURASIA  # noqa: E402

POSITIVES = POS_AMERICAS + POS_AFRICA + POS_ASIA_EURASIA
NEGATIVES = NEG_CRIME + NEG_PROTEST + NEG_POLITICS_PEACE + NEG_MISC
add_items(POSITIVES, NEGATIVES)

# texts: 80 to 700 characters, 1 to 4 sentences; typing slips refused
# near_dup: the default 0.5 (Jaccard overlap of content words); short items share few words, so
# it catches only a text written twice or lightly reworded (README.md gives the highest pair).
sys.exit(
    run(
        ConflictConfig(
            "dev43",
            HERE,
            "ck",
            43,
            sentences=(1, 4),
            min_text_chars=80,
            max_text_chars=700,
            check_glued=True,
            max_title_chars=120,
            near_dup=0.5,
        )
    )
)
