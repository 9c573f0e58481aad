"""Build eval/dev169/conflict.jsonl (and the empty eval/dev169/figures.jsonl).

dev169 is a blind set of whole articles (a title and 6 to 14 sentences, 700 to 2600 characters)
from diaspora and community media, 2018-2026: the news of Ukrainian, Sudanese, Somali, Afghan,
Syrian, Tamil, Kurdish, Eritrean, Congolese, Palestinian, Armenian, Rohingya and other
communities abroad, as their own outlets and the local press of their host cities report it, in
the style of Radio Dalsan, The Ukrainian Weekly, Sudan Tribune, Hiiraan Online, the Tamil
Guardian, Kurdistan24's diaspora pages, CBC and ABC local pages, the Manchester Evening News and
the Minneapolis Star Tribune. Fundraisers, vigils, memorials and rallies for a war at home,
families waiting for news, arrivals and resettlement, festivals, sport, business, the host
country's politics and courts, and, in about a third of the texts, current organised violence at
home or in the host city (attacks, fighting, abductions, riots, displacement) as the community
hears it, with relatives' testimony. Labels follow eval/README.md (section 1). The texts, with
their labels, are in the helper modules texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 169, gives them ids
ju0001... and writes the files.

    python3 eval/dev169/build.py            # validate, print the counts, write the files
    python3 eval/dev169/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_culture_peace_crime import NEGATIVES as NEG_CULTURE_PEACE_CRIME  # noqa: E402
from texts_neg_disaster_other import NEGATIVES as NEG_DISASTER_OTHER  # noqa: E402
from texts_neg_politics_economy_sport import NEGATIVES as NEG_POL_ECON_SPORT  # noqa: E402
from texts_neg_protest_history import NEGATIVES as NEG_PROTEST_HISTORY  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402
from texts_pos_c import POSITIVES as POS_C  # noqa: E402

POSITIVES = POS_A + POS_B + POS_C
NEGATIVES = NEG_PROTEST_HISTORY + NEG_POL_ECON_SPORT + NEG_CULTURE_PEACE_CRIME + NEG_DISASTER_OTHER

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev169",
            HERE,
            "ju",
            169,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
