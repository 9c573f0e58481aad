"""Build eval/dev71/conflict.jsonl (and the empty eval/dev71/figures.jsonl).

dev71 is a set of news items (a headline and 2 to 6 sentences, 150 to 1,100 characters) from Asia
and the Pacific, 2012 to 2025, as the region's English-language press and the wires report it
(in the idiom of the Irrawaddy, Myanmar Now, Rappler, the Inquirer, the Bangkok Post, Dawn, the
Hindu, the Daily Star, RNZ Pacific and ABC Pacific): Myanmar after the coup (junta airstrikes,
the resistance, the Three Brotherhood Alliance, the Arakan Army, the 2021 crackdown, the 2025
earthquake during the war), the southern Philippines (NPA, Abu Sayyaf, Dawlah Islamiyah, Marawi),
the West Philippine Sea, Thailand's deep south and the Cambodia-Thailand border, Indonesia's
Papua, Papua New Guinea's Highlands, Honiara, New Caledonia and Dili, India (Manipur, Kashmir,
the Maoists of Chhattisgarh, communal riots), Pakistan (Balochistan, Khyber Pakhtunkhwa, Kurram),
Afghanistan, Bangladesh, Sri Lanka and Nepal. The positives are the current events the guideline
counts (battles, encounters, airstrikes, IEDs and grenades, massacres and abductions, riots and
crackdowns, mob and communal violence, tribal fighting, displacement and humanitarian crises);
the negatives, almost all hard, use the same words for peace talks, ceasefires and surrenders,
elections and the South China Sea as diplomacy, exercises and arms deals, peaceful bandhs and
hartals, anniversaries, films and books, disasters and accidents, crime and police encounters
with criminals, the drug war and court cases, cricket and other sport, price wars and epidemics.
Labels follow eval/README.md (section 1). The texts, with their labels, are in the helper
modules texts_*.py of this folder:

    POSITIVES and NEGATIVES, in the layout eval/conflictset/__init__.py gives

eval/conflictset/__init__.py says what happens to them (here with seed 71 and ids
cy0001...). The shared builder checks the positive share (0.35 to 0.45, the range the brief
gave) before it writes anything. Decisions where the guideline is silent are in README.md.

    python3 eval/dev71/build.py            # validate, print the counts, write the files
    python3 eval/dev71/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_culture import NEGATIVES as NEG_CULTURE  # noqa: E402
from texts_neg_everyday import NEGATIVES as NEG_EVERYDAY  # noqa: E402
from texts_neg_hazards import NEGATIVES as NEG_HAZARDS  # noqa: E402
from texts_neg_peace_politics import NEGATIVES as NEG_PEACE_POLITICS  # noqa: E402
from texts_neg_security_justice import NEGATIVES as NEG_SECURITY_JUSTICE  # noqa: E402
from texts_neg_street_memory import NEGATIVES as NEG_STREET_MEMORY  # noqa: E402
from texts_pos_bangladesh_lanka_nepal import POSITIVES as POS_BANGLADESH_LANKA_NEPAL  # noqa: E402
from texts_pos_india import POSITIVES as POS_INDIA  # noqa: E402
from texts_pos_indonesia_pacific import POSITIVES as POS_INDONESIA_PACIFIC  # noqa: E402
from texts_pos_myanmar import POSITIVES as POS_MYANMAR  # noqa: E402
from texts_pos_pakistan_afghanistan import POSITIVES as POS_PAKISTAN_AFGHANISTAN  # noqa: E402
from texts_pos_philippines_thailand import POSITIVES as POS_PHILIPPINES_THAILAND  # noqa: E402

POSITIVES = (
    POS_MYANMAR
    + POS_PHILIPPINES_THAILAND
    + POS_INDONESIA_PACIFIC
    + POS_INDIA
    + POS_PAKISTAN_AFGHANISTAN
    + POS_BANGLADESH_LANKA_NEPAL
)
NEGATIVES = (
    NEG_PEACE_POLITICS
    + NEG_SECURITY_JUSTICE
    + NEG_STREET_MEMORY
    + NEG_HAZARDS
    + NEG_CULTURE
    + NEG_EVERYDAY
)

add_items(POSITIVES, NEGATIVES)

# texts: 150 to 1,100 characters, 2 to 6 sentences, as in dev65; titles up to 140 characters;
# typing slips refused; near_dup: the default 0.5 (Jaccard overlap of content words).
sys.exit(
    run(
        ConflictConfig(
            "dev71",
            HERE,
            "cy",
            71,
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
