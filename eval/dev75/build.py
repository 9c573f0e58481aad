"""Build eval/dev75/conflict.jsonl (and the empty eval/dev75/figures.jsonl).

dev75 is a set of news items (a headline and 2 to 4 sentences, 150 to 1,100 characters) on the
line between armed conflict and "security news": hybrid threats, the sea and the air, 2014 to
2025, as the wires and the security, defence and maritime press (Reuters, AP, AFP, the BBC,
Politico Europe, Lloyd's List, The Maritime Executive, Defense News, Kyiv Independent, Nikkei
Asia) report them. The positives are the current events the guideline counts: Houthi missile,
drone and sea-drone attacks on ships and the strikes against the Houthis, ships seized by force,
the Black Sea war on ports, warships and tankers, sea mines, drone strikes on refineries and
airfields, shootdowns, cross-border shelling, sabotage with a blast or called terrorism by the
authorities, assassinations abroad, counter-piracy firefights, an armed boarding in the South
China Sea, the Gaza flotillas. The negatives, almost all hard, use the same words ("attack",
"strike", "drone", "missile", "seized", "sabotage", "explosion") for GPS jamming, drone
sightings over airports, airspace violations, damaged cables, espionage, cyberattacks, drills,
freedom-of-navigation transits, missile tests into the sea, water cannon with no one hurt,
procurement, insurance and freight, rerouting, sanctions on the shadow fleet, groundings, ship
fires, ferry sinkings, plane crashes, storms, migrants at sea, piracy for ransom and its
trials, drug seizures, talks and truces, anniversaries, films, games and sport. Labels follow
eval/README.md (section 1). The texts, with their labels, are in the helper modules texts_*.py
of this folder:

    POSITIVES and NEGATIVES, in the layout eval/conflictset/__init__.py gives

eval/conflictset/__init__.py says what happens to them (here with seed 75 and ids
ka0001...). The shared builder checks the positive share (0.35 to 0.45, the range the brief
gave) before it writes anything. Decisions where the guideline is silent are in README.md.

    python3 eval/dev75/build.py            # validate, print the counts, write the files
    python3 eval/dev75/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_accidents_hazards import NEGATIVES as NEG_ACCIDENTS_HAZARDS  # noqa: E402
from texts_neg_crime_justice import NEGATIVES as NEG_CRIME_JUSTICE  # noqa: E402
from texts_neg_hybrid_security import NEGATIVES as NEG_HYBRID_SECURITY  # noqa: E402
from texts_neg_military import NEGATIVES as NEG_MILITARY  # noqa: E402
from texts_neg_peace_memory_culture import NEGATIVES as NEG_PEACE_MEMORY_CULTURE  # noqa: E402
from texts_neg_shipping_economy import NEGATIVES as NEG_SHIPPING_ECONOMY  # noqa: E402
from texts_pos_black_sea_air import POSITIVES as POS_BLACK_SEA_AIR  # noqa: E402
from texts_pos_hybrid_world import POSITIVES as POS_HYBRID_WORLD  # noqa: E402
from texts_pos_red_sea_gulf import POSITIVES as POS_RED_SEA_GULF  # noqa: E402

POSITIVES = POS_RED_SEA_GULF + POS_BLACK_SEA_AIR + POS_HYBRID_WORLD
NEGATIVES = (
    NEG_HYBRID_SECURITY
    + NEG_MILITARY
    + NEG_SHIPPING_ECONOMY
    + NEG_ACCIDENTS_HAZARDS
    + NEG_CRIME_JUSTICE
    + NEG_PEACE_MEMORY_CULTURE
)

add_items(POSITIVES, NEGATIVES)

# texts: 150 to 1,100 characters, 2 to 4 sentences (the brief's range); titles up to 140
# characters; typing slips refused; near_dup: the default 0.5 (Jaccard overlap of content words).
sys.exit(
    run(
        ConflictConfig(
            "dev75",
            HERE,
            "ka",
            75,
            sentences=(2, 4),
            min_text_chars=150,
            max_text_chars=1100,
            check_glued=True,
            max_title_chars=140,
            near_dup=0.5,
            positive_share=(0.35, 0.45),  # the share the brief gave
        )
    )
)
