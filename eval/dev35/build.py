"""Build eval/dev35/conflict.jsonl (and the empty eval/dev35/figures.jsonl).

dev35 is a set of short feed items (a headline and a summary of 1 to 3 sentences, 60 to 700
characters) as a general RSS reader shows them from a day of several regional feeds (Latin
America, South and Southeast Asia, West and East Africa, the Middle East, Eastern Europe and the
Caucasus, and a few global wires), labelled by the guideline of eval/README.md (section 1). The
texts, with their labels, are in the helper modules texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]   conflict; tag codes from TAG_CODES
    NEGATIVES = [(title, text, kind code), ...]         not conflict; kind code from KIND_CODES

This script hands them to the shared machinery of eval/conflictset (P, N, run), which validates
them, refuses any title or text shared with another set, shuffles them with a fixed seed (35)
and writes them with ids cg0001... Decisions where the guideline is silent are in README.md.

    python3 eval/dev35/build.py            # validate, print the counts, write the files
    python3 eval/dev35/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_crime_sport import NEGATIVES as NEG_CRIME_SPORT  # noqa: E402
from texts_neg_disaster_accident import NEGATIVES as NEG_DISASTER_ACCIDENT  # noqa: E402
from texts_neg_peace_military import NEGATIVES as NEG_PEACE_MILITARY  # noqa: E402
from texts_neg_politics_economy import NEGATIVES as NEG_POLITICS_ECONOMY  # noqa: E402
from texts_pos_africa import POSITIVES as POS_AFRICA  # noqa: E402
from texts_pos_americas_global import POSITIVES as POS_AMERICAS_GLOBAL  # noqa: E402
from texts_pos_asia import POSITIVES as POS_ASIA  # noqa: E402
from texts_pos_mideast_europe import POSITIVES as POS_MIDEAST_EUROPE  # noqa: E402

POSITIVES = POS_AFRICA + POS_ASIA + POS_MIDEAST_EUROPE + POS_AMERICAS_GLOBAL
NEGATIVES = NEG_DISASTER_ACCIDENT + NEG_CRIME_SPORT + NEG_POLITICS_ECONOMY + NEG_PEACE_MILITARY
add_items(POSITIVES, NEGATIVES)

# texts: 60 to 700 characters (feed summaries); typing slips refused
# near_dup: the default 0.5 (Jaccard overlap of content words); short items share few words, so
# it catches only a text written twice or lightly reworded (README.md gives the highest pair).
sys.exit(
    run(
        ConflictConfig(
            "dev35",
            HERE,
            "cg",
            35,
            sentences=(1, 3),
            min_text_chars=60,
            max_text_chars=700,
            check_glued=True,
            max_title_chars=120,
            near_dup=0.5,
        )
    )
)
