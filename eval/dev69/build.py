"""Build eval/dev69/conflict.jsonl (and the empty eval/dev69/figures.jsonl).

dev69 is a set of news items (a headline and 2 to 6 sentences, 150 to 1,100 characters) on
francophone and central Africa from 2013 to 2025, as the English-language wires and the local
press in translation report it (AFP and RFI in English, Reuters, AP, Radio Okapi, Jeune Afrique,
Le Faso, ACLED-style briefs, MINUSCA and MONUSCO press releases): Mali, Burkina Faso, Niger,
Chad, Cameroon (the Anglophone regions and the Far North), the Central African Republic, the DRC
(Ituri, North Kivu, M23, CODECO, ADF, Wazalendo), Burundi, the northern borders of Benin and
Togo, Mozambique (Cabo Delgado) and the Lake Chad basin, in the translated idiom of the region
("unidentified armed men", "neutralised", "the defence and security forces", "VDP", "elements",
"assailants", "emptied of its inhabitants", "ville morte", "lock-down", "the junta"). The
positives are the current events the guideline counts (attacks and ambushes, army
communiqués, massacres and abductions, blockades, IEDs and drone strikes, riots and crackdowns,
coups with shooting, displacement and the humanitarian toll); the negatives, almost all hard,
use the same words for coups and juntas without violence, summits, sanctions and troop
withdrawals, peace accords and DDR, calm ville morte days and strikes, epidemics, floods,
accidents, football, films and books, anniversaries, arms deliveries and recruitment, ordinary
crime and trials of old crimes, and the economy. Labels follow eval/README.md (section 1). The
texts, with their labels, are in the helper modules texts_*.py of this folder:

    POSITIVES and NEGATIVES, in the layout eval/conflictset/__init__.py gives

eval/conflictset/__init__.py says what happens to them (here with seed 69 and ids
cx0001...). The shared builder checks the positive share (0.35 to 0.45, the range the brief
gave) before it writes anything. Decisions where the guideline is silent are in README.md.

    python3 eval/dev69/build.py            # validate, print the counts, write the files
    python3 eval/dev69/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_crime_economy import NEGATIVES as NEG_CRIME_ECONOMY  # noqa: E402
from texts_neg_culture import NEGATIVES as NEG_CULTURE  # noqa: E402
from texts_neg_diplomacy_peace import NEGATIVES as NEG_DIPLOMACY_PEACE  # noqa: E402
from texts_neg_hazards import NEGATIVES as NEG_HAZARDS  # noqa: E402
from texts_neg_juntas_streets import NEGATIVES as NEG_JUNTAS_STREETS  # noqa: E402
from texts_neg_military_memory import NEGATIVES as NEG_MILITARY_MEMORY  # noqa: E402
from texts_pos_burkina import POSITIVES as POS_BURKINA  # noqa: E402
from texts_pos_burundi_moz import POSITIVES as POS_BURUNDI_MOZ  # noqa: E402
from texts_pos_cameroon_car import POSITIVES as POS_CAMEROON_CAR  # noqa: E402
from texts_pos_drc import POSITIVES as POS_DRC  # noqa: E402
from texts_pos_mali import POSITIVES as POS_MALI  # noqa: E402
from texts_pos_niger_chad_coast import POSITIVES as POS_NIGER_CHAD_COAST  # noqa: E402

POSITIVES = (
    POS_MALI + POS_BURKINA + POS_NIGER_CHAD_COAST + POS_CAMEROON_CAR + POS_DRC + POS_BURUNDI_MOZ
)
NEGATIVES = (
    NEG_JUNTAS_STREETS
    + NEG_DIPLOMACY_PEACE
    + NEG_HAZARDS
    + NEG_CRIME_ECONOMY
    + NEG_MILITARY_MEMORY
    + NEG_CULTURE
)

add_items(POSITIVES, NEGATIVES)

# texts: 150 to 1,100 characters, 2 to 6 sentences, as in dev65; titles up to 140 characters;
# typing slips refused; near_dup: the default 0.5 (Jaccard overlap of content words).
sys.exit(
    run(
        ConflictConfig(
            "dev69",
            HERE,
            "cx",
            69,
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
