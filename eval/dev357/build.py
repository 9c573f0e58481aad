"""Build eval/dev357/conflict.jsonl (and the empty eval/dev357/figures.jsonl).

dev357 is a blind set of whole articles (a title and 6 to 14 sentences) from the Japanese and
Korean press in English, 2014-2026, in the style of NHK World, Kyodo News, the Japan Times,
Yonhap News Agency and the Korea Herald, on any topic: North Korean missile launches without an
attack, drills and defence budgets, typhoons, earthquakes and accidents, martial law in Seoul
without bloodshed, the history of the Korean War and World War II, yakuza and other crime, the
trials of political attackers, trade disputes, sport and film with their war words, and, in
about a third, current armed conflict and political violence (the attacks on Shinzo Abe, Fumio
Kishida and Lee Jae-myung, a court stormed in Seoul, fire across the Korean border, North
Korean soldiers in Russia's war, Japanese and Korean nationals caught in wars and attacks
abroad). Labels follow eval/README.md (section 1). The texts, with their labels, are in the
helper modules texts_*.py of this folder (their plain-text blocks read by _parse.py):

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 357, gives them ids
wg0001... and writes the files.

    python3 eval/dev357/build.py            # validate, print the counts, write the files
    python3 eval/dev357/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_desks import NEGATIVES as NEG_DESKS  # noqa: E402
from texts_neg_hazard import NEGATIVES as NEG_HAZARD  # noqa: E402
from texts_neg_security import NEGATIVES as NEG_SECURITY  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = NEG_SECURITY + NEG_HAZARD + NEG_DESKS

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev357",
            HERE,
            "wg",
            357,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
