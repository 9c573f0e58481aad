"""Build eval/dev187/conflict.jsonl (and the empty eval/dev187/figures.jsonl).

dev187 is a blind set of news for children and young readers, 2016-2026: 90 whole items of 6 to
14 sentences with a title, written the way children's news explains the world (BBC Newsround,
First News, The Week Junior, Time for Kids, News-O-Matic, Dogo News, Kiddle News, ABC's Behind
the News, Kid News in Australia, Scholastic News): short sentences, words explained ("A truce is
a short break in fighting"), questions to the reader, background lines, and the mix children
read about (sport, animals, space, school, climate, festivals, elections, technology, royal and
celebrity news, remembrance and the history of old wars, charity appeals), with about a third
that report current organised violence or its direct consequences, explained gently. Labels
follow eval/README.md (section 1). The texts, with their labels, are in the helper modules
texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 187, gives them ids
lz0001... and writes the files.

    python3 eval/dev187/build.py            # validate, print the counts, write the files
    python3 eval/dev187/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_disaster_accident import NEGATIVES as NEG_DISASTER_ACCIDENT  # noqa: E402
from texts_neg_health_crime_economy import NEGATIVES as NEG_HEALTH_CRIME_ECON  # noqa: E402
from texts_neg_history_sport import NEGATIVES as NEG_HISTORY_SPORT  # noqa: E402
from texts_neg_military_other import NEGATIVES as NEG_MILITARY_OTHER  # noqa: E402
from texts_neg_peace_entertainment import NEGATIVES as NEG_PEACE_ENT  # noqa: E402
from texts_neg_politics_protest import NEGATIVES as NEG_POLITICS_PROTEST  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = (
    NEG_HISTORY_SPORT
    + NEG_DISASTER_ACCIDENT
    + NEG_HEALTH_CRIME_ECON
    + NEG_POLITICS_PROTEST
    + NEG_PEACE_ENT
    + NEG_MILITARY_OTHER
)

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev187",
            HERE,
            "lz",
            187,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
