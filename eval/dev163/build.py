"""Build eval/dev163/conflict.jsonl (and the empty eval/dev163/figures.jsonl).

dev163 is a blind set of press releases and official statements as news feeds carry them: a
title and the release (6 to 14 sentences, 700 to 2,600 characters), 2018-2026, every region, in
the issuers' own style: UN agencies (OCHA, UNHCR, WFP, UNICEF, WHO, IOM, OHCHR, the Secretary-
General, the Security Council, MINUSCA), the ICRC, IFRC, MSF, NRC, Amnesty International and
Human Rights Watch, ministries of foreign affairs, defence, interior and health, armies and
their press services (ISPR, the IDF, the Ukrainian General Staff, the Colombian army, Nigeria's
Defence Headquarters), police forces, the African Union, ECOWAS, the EU, embassies, travel
advisories, companies and a central bank. About a third report current organised violence or its
direct consequences; the rest are the statements' other business, most of them hard negatives
(a condemnation of a past event, a peace agreement signed, a disaster response, an exercise, a
sanction). Labels follow eval/README.md (section 1). The texts, with their labels, are in the
helper modules texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 163, gives them ids
jr0001... and writes the files.

    python3 eval/dev163/build.py            # validate, print the counts, write the files
    python3 eval/dev163/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_disaster_health_accident import NEGATIVES as NEG_DISASTER  # noqa: E402
from texts_neg_economy_crime import NEGATIVES as NEG_ECONOMY_CRIME  # noqa: E402
from texts_neg_misc import NEGATIVES as NEG_MISC  # noqa: E402
from texts_neg_peace_history import NEGATIVES as NEG_PEACE_HISTORY  # noqa: E402
from texts_neg_politics_military import NEGATIVES as NEG_POLITICS_MILITARY  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402
from texts_pos_c import POSITIVES as POS_C  # noqa: E402

POSITIVES = POS_A + POS_B + POS_C
NEGATIVES = NEG_PEACE_HISTORY + NEG_POLITICS_MILITARY + NEG_DISASTER + NEG_ECONOMY_CRIME + NEG_MISC

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev163",
            HERE,
            "jr",
            163,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
