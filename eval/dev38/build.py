"""Build eval/dev38/conflict.jsonl (and the empty eval/dev38/figures.jsonl).

dev38 is a set of short news items (a headline and a story lead of 2 to 4 sentences, 150 to 800
characters) in the register of translated state media, national wires and local outlets (Xinhua,
TASS, IRNA, SANA, Anadolu, APS, PTI, APP, Bernama, Prensa Latina, Ukrinform, Nigerian and Kenyan
dailies, Sahel and Great Lakes local radio), labelled by the guideline of eval/README.md
(section 1). The texts, with their labels, are in the helper modules texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]   conflict; tag codes from TAG_CODES
    NEGATIVES = [(title, text, kind code), ...]         not conflict; kind code from KIND_CODES

This script hands them to the shared machinery of eval/conflictset (P, N, run), which validates
them, refuses any title or text shared with another set, shuffles them with a fixed seed (38)
and writes them with ids ch0001... Decisions where the guideline is silent are in README.md.

    python3 eval/dev38/build.py            # validate, print the counts, write the files
    python3 eval/dev38/build.py --table    # also print the counts as markdown tables
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
from texts_neg_peace_history_military_protest import NEGATIVES as NEG_PEACE  # noqa: E402
from texts_neg_politics_economy_other import NEGATIVES as NEG_POLITICS  # noqa: E402
from texts_pos_africa import POSITIVES as POS_AFRICA  # noqa: E402
from texts_pos_americas import POSITIVES as POS_AMERICAS  # noqa: E402
from texts_pos_asia import POSITIVES as POS_ASIA  # noqa: E402
from texts_pos_mideast_europe import POSITIVES as POS_MIDEAST_EUROPE  # noqa: E402

POSITIVES = POS_AFRICA + POS_ASIA + POS_MIDEAST_EUROPE + POS_AMERICAS
NEGATIVES = NEG_DISASTER + NEG_CRIME_SPORT + NEG_POLITICS + NEG_PEACE
add_items(POSITIVES, NEGATIVES)

# texts: 150 to 800 characters (story leads); typing slips refused
# near_dup: the default 0.5 (Jaccard overlap of content words); short items share few words, so
# it catches only a text written twice or lightly reworded (README.md gives the highest pair).
sys.exit(
    run(
        ConflictConfig(
            "dev38",
            HERE,
            "ch",
            38,
            sentences=(2, 4),
            min_text_chars=150,
            max_text_chars=800,
            check_glued=True,
            max_title_chars=120,
            near_dup=0.5,
        )
    )
)
