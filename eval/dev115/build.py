"""Build eval/dev115/conflict.jsonl (and the empty eval/dev115/figures.jsonl).

dev115 is a blind set on wars abroad in the domestic news of countries not at war themselves, in
the style of the national and local press of Europe, North America, the Gulf, East and
South-East Asia, Latin America, Africa and Oceania (the Irish Times, Le Monde, Der Spiegel, the
Globe and Mail, the Straits Times, Gulf News, the Japan Times, the Korea Herald, Folha, the Mail
& Guardian, ABC Australia, RNZ, local dailies), 2016-2025: a title and a body of 2 to 6
sentences, 40% of them conflict (the country's citizens killed, wounded, taken hostage or
evacuated in a war abroad, its troops and peacekeepers attacked, missiles, drones and shells from
a neighbouring war falling on its soil, attacks at home treated as terrorism, riots and
crackdowns over a war, ships attacked at sea, people arriving who fled the fighting that week),
the rest the same wars as domestic news without current violence (rallies, encampments, plots
and trials, vandalism and hate crimes, sanctions, arms exports, defence budgets, prices, flights,
fundraisers, weddings, schools, memorials, films and books, matches, mediation). Labels follow
eval/README.md (section 1). The texts, with their labels, are in the helper modules texts_*.py
of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 115, gives them ids
kv0001... and writes the files.

    python3 eval/dev115/build.py            # validate, print the counts, write the files
    python3 eval/dev115/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_culture import NEGATIVES as NEG_CULTURE  # noqa: E402
from texts_neg_daily import NEGATIVES as NEG_DAILY  # noqa: E402
from texts_neg_state import NEGATIVES as NEG_STATE  # noqa: E402
from texts_neg_street import NEGATIVES as NEG_STREET  # noqa: E402
from texts_pos_home import POSITIVES as POS_HOME  # noqa: E402
from texts_pos_people import POSITIVES as POS_PEOPLE  # noqa: E402
from texts_pos_sea_arrivals import POSITIVES as POS_SEA_ARRIVALS  # noqa: E402

POSITIVES = POS_PEOPLE + POS_HOME + POS_SEA_ARRIVALS
NEGATIVES = NEG_STREET + NEG_STATE + NEG_DAILY + NEG_CULTURE

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev115",
            HERE,
            "kv",
            115,
            sentences=(2, 6),
            max_text_chars=900,
            max_title_chars=130,
            check_glued=True,
            positive_share=(0.30, 0.50),
        )
    )
)
