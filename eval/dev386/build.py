"""Build eval/dev386/conflict.jsonl (and the empty eval/dev386/figures.jsonl).

dev386 is a blind set of whole articles (a title and 6 to 14 sentences) from the Dutch and Belgian
press in translation, 2014-2026: NOS, de Volkskrant, NRC, De Standaard, Le Soir and VRT NWS, on
any topic. The negatives are the cocaine wars of Antwerp, Rotterdam and Brussels told as crime,
storms, floods and droughts, accidents, the farmers', housing, climate and union protests, Ajax,
Anderlecht and the rest of the sports pages, MH17, the liberation and other memory, films,
exhibitions and books, the armed forces without violence (F-35 exports in court, procurement,
exercises), agreements and exchanges, health and the housing crisis, with the desks' own war
words used loosely. The positives, about a third, report current armed conflict or political
violence: the Brussels attacks of 2016 and the shooting of Swedish fans in 2023, other attacks
treated as terrorism, the attacks on Maccabi fans in Amsterdam in 2024, riots that turn violent,
Dutch and Belgian nationals killed or evacuated in wars abroad and Dutch and Belgian soldiers on
missions under fire. Labels follow eval/README.md (section 1). The texts, with their labels, are
in the helper modules texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 386, gives them ids
wt0001... and writes the files.

    python3 eval/dev386/build.py            # validate, print the counts, write the files
    python3 eval/dev386/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_crime_weather import NEGATIVES as NEG_CRIME_WEATHER  # noqa: E402
from texts_neg_past_arms import NEGATIVES as NEG_PAST_ARMS  # noqa: E402
from texts_neg_sport_street import NEGATIVES as NEG_SPORT_STREET  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = NEG_CRIME_WEATHER + NEG_SPORT_STREET + NEG_PAST_ARMS

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev386",
            HERE,
            "wt",
            386,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
