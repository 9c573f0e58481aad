"""Build eval/dev57/conflict.jsonl (and the empty eval/dev57/figures.jsonl).

dev57 is a set of news items (a headline and 2 to 6 sentences, 150 to 1,100 characters) in the
register of state media, official communiques and translated wire copy: state news agencies
(Xinhua, CGTN, TASS, RIA Novosti, Ukrinform, Anadolu, IRNA, Tasnim, SANA, KCNA, Yonhap, PTI, ANI,
APP, SPA, WAM, QNA, ENA, SUNA, the Global New Light of Myanmar, PNA, Bernama, VNA...), defence
ministries' daily briefings and communiques (Russia, Ukraine's General Staff, Turkey, Pakistan's
ISPR, Nigeria's Defence Headquarters, Mali, Colombia, Mexico...), armed groups' statements and
foreign ministries' briefings, in their own idiom ("neutralised", "liquidated", "sent to hell",
"anti-terror measures", "the Kyiv regime", "the Zionist enemy", "martyrs", "bandits",
"miscreants", "khwarij", "terrorists" for any armed opponent). The positives are current events
of armed conflict or political violence told in that idiom; the negatives, most of them hard, use
the same vocabulary for exercises, parades, graduations, arms deals, missile tests, anniversaries,
veterans, disaster relief, drug seizures, corruption cases, diplomacy, peace talks, exchanges,
surrenders, campaigns called wars and battles, sport and culture. Labels follow eval/README.md
(section 1). The texts, with their labels, are in the helper modules texts_*.py of this folder:

    POSITIVES and NEGATIVES, in the layout eval/conflictset/__init__.py gives

eval/conflictset/__init__.py says what happens to them (here with seed 57 and ids
cr0001...). The shared builder checks the positive share (0.35 to 0.45, the range the brief
gave) before it writes anything. Decisions where the guideline is silent are in README.md.

    python3 eval/dev57/build.py            # validate, print the counts, write the files
    python3 eval/dev57/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_campaigns import NEGATIVES as NEG_CAMPAIGNS  # noqa: E402
from texts_neg_diplomacy import NEGATIVES as NEG_DIPLOMACY  # noqa: E402
from texts_neg_memory import NEGATIVES as NEG_MEMORY  # noqa: E402
from texts_neg_military import NEGATIVES as NEG_MILITARY  # noqa: E402
from texts_neg_other import NEGATIVES as NEG_OTHER  # noqa: E402
from texts_neg_security import NEGATIVES as NEG_SECURITY  # noqa: E402
from texts_pos_africa import POSITIVES as POS_AFRICA  # noqa: E402
from texts_pos_asia_americas import POSITIVES as POS_ASIA_AMERICAS  # noqa: E402
from texts_pos_eurasia import POSITIVES as POS_EURASIA  # noqa: E402
from texts_pos_middle_east import POSITIVES as POS_MIDDLE_EAST  # noqa: E402

POSITIVES = POS_EURASIA + POS_MIDDLE_EAST + POS_AFRICA + POS_ASIA_AMERICAS
NEGATIVES = NEG_MILITARY + NEG_MEMORY + NEG_SECURITY + NEG_DIPLOMACY + NEG_CAMPAIGNS + NEG_OTHER

add_items(POSITIVES, NEGATIVES)

# texts: 150 to 1,100 characters, 2 to 6 sentences, as in dev55; titles up to 140 characters;
# typing slips refused; near_dup: the default 0.5 (Jaccard overlap of content words), which
# catches only a text written twice or lightly reworded (README.md gives the highest pair).
sys.exit(
    run(
        ConflictConfig(
            "dev57",
            HERE,
            "cr",
            57,
            sentences=(2, 6),
            min_text_chars=150,
            max_text_chars=1100,
            check_glued=True,
            max_title_chars=140,
            near_dup=0.5,
            positive_share=(0.35, 0.45),  # the share the brief gave
        )
    )
)
