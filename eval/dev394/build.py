"""Build eval/dev394/conflict.jsonl (and the empty eval/dev394/figures.jsonl).

dev394 is a blind set of whole articles (a title and 6 to 14 sentences) from the South African
press, 2014-2026, in the style of News24, the Daily Maverick, the Mail & Guardian, eNCA and the
SABC, on any topic: taxi violence, cash-in-transit heists, farm murders and Cape Flats gangs as
crime, load-shedding and Eskom's "war" on it, the Springboks, the Proteas and Bafana Bafana,
floods, fires and tornadoes in KwaZulu-Natal and the Cape, accidents, the ANC's internal
"battles" and the coalition's "war of words", peaceful marches and strikes, peace talks hosted in
Pretoria, the SANDF without violence, apartheid, the Truth Commission and their anniversaries,
and, in about a third, current political violence and armed conflict: the July 2021 unrest and
looting, xenophobic attacks on foreigners and their shops, political killings of councillors in
KwaZulu-Natal, violent protests and riots, South African troops killed in the eastern DRC,
South Africans caught in wars and attacks abroad, Cabo Delgado and the unrest of the
neighbouring countries as the South African desk covers them. Labels follow eval/README.md
(section 1). The texts, with their labels, are in the helper modules texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 394, gives them ids
wx0001... and writes the files.

    python3 eval/dev394/build.py            # validate, print the counts, write the files
    python3 eval/dev394/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_crime import NEGATIVES as NEG_CRIME  # noqa: E402
from texts_neg_culture import NEGATIVES as NEG_CULTURE  # noqa: E402
from texts_neg_politics import NEGATIVES as NEG_POLITICS  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = NEG_CRIME + NEG_POLITICS + NEG_CULTURE

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev394",
            HERE,
            "wx",
            394,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
