"""Build eval/dev177/conflict.jsonl (and the empty eval/dev177/figures.jsonl).

dev177 is a blind set of whole articles (a title and 6 to 14 sentences) from the religion desk,
2015-2026: faith, clergy, worship and pilgrimage around the world, in the style of Religion News
Service, Crux, The Tablet, Catholic News Agency, Christianity Today, Middle East Eye, The Hindu,
Dawn, The Times of Israel, the BBC, Al Jazeera, Reuters, AP, Premium Times and Agenzia Fides.
Pilgrimages and festivals (Hajj, Kumbh Mela, Arbaeen, Easter, Lag B'Omer, Durga Puja), crowd
crushes and stampedes, church, mosque, temple and synagogue news, clergy appointments and
scandals, interfaith dialogue, blasphemy laws and trials, religious freedom reports and
sectarian politics, with the religious news in which violence is happening now (worshippers
killed in attacks on churches, mosques, shrines and a synagogue, priests abducted, mobs burning
churches, pilgrims ambushed, sectarian clashes). About a third report current organised violence
or its direct consequences. Labels follow eval/README.md (section 1). The texts, with their
labels, are in the helper modules texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 177, gives them ids
jy0001... and writes the files.

    python3 eval/dev177/build.py            # validate, print the counts, write the files
    python3 eval/dev177/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_accident_disaster_health import NEGATIVES as NEG_ACCIDENT  # noqa: E402
from texts_neg_crime_economy_other import NEGATIVES as NEG_CRIME_OTHER  # noqa: E402
from texts_neg_history_entertainment import NEGATIVES as NEG_HISTORY  # noqa: E402
from texts_neg_politics_peace import NEGATIVES as NEG_POLITICS_PEACE  # noqa: E402
from texts_neg_protest_military_sport import NEGATIVES as NEG_PROTEST  # noqa: E402
from texts_pos_africa import POSITIVES as POS_AFRICA  # noqa: E402
from texts_pos_asia import POSITIVES as POS_ASIA  # noqa: E402
from texts_pos_world import POSITIVES as POS_WORLD  # noqa: E402

POSITIVES = POS_AFRICA + POS_ASIA + POS_WORLD
NEGATIVES = NEG_ACCIDENT + NEG_HISTORY + NEG_POLITICS_PEACE + NEG_PROTEST + NEG_CRIME_OTHER

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev177",
            HERE,
            "jy",
            177,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
