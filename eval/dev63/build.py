"""Build eval/dev63/conflict.jsonl (and the empty eval/dev63/figures.jsonl).

dev63 is a set of news items (a headline and 2 to 6 sentences, 150 to 1,100 characters) on the
boundary between political violence, terrorism, crime and politics in Europe, North America,
Australia, Japan and South Korea, 2014 to 2025, as their national and local press report it:
sabotage and hybrid attacks (arson and explosives blamed on a foreign state, cut cables, drones
over airports and bases, incendiary parcels, GPS jamming), far-right, jihadist, far-left and
separatist violence (stabbings, vehicle rammings, shootings, firebombings of synagogues, mosques
and asylum centres), attacks on politicians, riots after killings (Southport, Nanterre, Dublin),
Northern Ireland's paramilitaries, the FLNC, gang bombings in Sweden and drug violence in
Antwerp and Marseille, Reichsbürger and sovereign-citizen shootings, and the Capitol riot and
its trials. The positives are the current events of political violence and terrorism the
guideline counts (attacks, riots with violence, attacks the authorities treat as terrorism); the
negatives, almost all hard, use the same words for foiled plots and arrests, trials and
sentences for old attacks, hate speech and threats with no violence, cyberattacks, espionage,
drone sightings, jamming and cable damage with no attack, gang violence and shootings with no
political motive, insurance-fraud arson, peaceful protests and vigils, anniversaries, films and
books, war rhetoric, exercises and defence budgets, sport, accidents, disasters and health.
Labels follow eval/README.md (section 1). The texts, with their labels, are in the helper
modules texts_*.py of this folder:

    POSITIVES and NEGATIVES, in the layout eval/conflictset/__init__.py gives

eval/conflictset/__init__.py says what happens to them (here with seed 63 and ids
cu0001...). The shared builder checks the positive share (0.35 to 0.45, the range the brief
gave) before it writes anything. Decisions where the guideline is silent are in README.md.

    python3 eval/dev63/build.py            # validate, print the counts, write the files
    python3 eval/dev63/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_courts import NEGATIVES as NEG_COURTS  # noqa: E402
from texts_neg_crime import NEGATIVES as NEG_CRIME  # noqa: E402
from texts_neg_hybrid import NEGATIVES as NEG_HYBRID  # noqa: E402
from texts_neg_memory import NEGATIVES as NEG_MEMORY  # noqa: E402
from texts_neg_security_politics import NEGATIVES as NEG_SECURITY_POLITICS  # noqa: E402
from texts_neg_streets import NEGATIVES as NEG_STREETS  # noqa: E402
from texts_pos_asia_pacific import POSITIVES as POS_ASIA_PACIFIC  # noqa: E402
from texts_pos_europe_hybrid import POSITIVES as POS_EUROPE_HYBRID  # noqa: E402
from texts_pos_north_america import POSITIVES as POS_NORTH_AMERICA  # noqa: E402
from texts_pos_uk_ireland import POSITIVES as POS_UK_IRELAND  # noqa: E402
from texts_pos_western_europe import POSITIVES as POS_WESTERN_EUROPE  # noqa: E402

POSITIVES = (
    POS_WESTERN_EUROPE + POS_UK_IRELAND + POS_NORTH_AMERICA + POS_EUROPE_HYBRID + POS_ASIA_PACIFIC
)
NEGATIVES = NEG_CRIME + NEG_COURTS + NEG_HYBRID + NEG_STREETS + NEG_MEMORY + NEG_SECURITY_POLITICS

add_items(POSITIVES, NEGATIVES)

# texts: 150 to 1,100 characters, 2 to 6 sentences, as in dev59 and dev61; titles up to 140
# characters; typing slips refused; near_dup: the default 0.5 (Jaccard overlap of content words).
sys.exit(
    run(
        ConflictConfig(
            "dev63",
            HERE,
            "cu",
            63,
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
