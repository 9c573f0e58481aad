"""Build eval/dev65/conflict.jsonl (and the empty eval/dev65/figures.jsonl).

dev65 is a set of news items (a headline and 2 to 6 sentences, 150 to 1,100 characters) on the
boundary between organised crime and armed conflict in Latin America and the Caribbean, 2012 to
2025, as the region's own press and the wires report it in English: Mexico's cartel wars (drones,
landmines, home-made armoured trucks, ambushes, massacres, candidates and a journalist killed,
self-defence groups, displacement into Guatemala), Colombia's ELN, FARC dissidents and Gulf Clan
(offensives, car bombs, drones, confinements, social leaders and former combatants killed),
Ecuador's "internal armed conflict" against gangs (the TV studio stormed, prison massacres,
assassinations), Haiti's gang coalitions (Viv Ansanm, massacres, kidnappings, prison breaks, the
Kenyan-led mission), Brazil (police operations in favelas, militias, the Amazon, 8 January),
Venezuela, Peru, Bolivia, Honduras, El Salvador, Nicaragua and Chile. The positives are the
current events the guideline counts (armed groups fighting the state or each other, massacres
and abductions by armed groups, displacement, riots and crackdowns with violence); the
negatives, almost all hard, use the same words for ordinary homicides, robberies, extortion,
kidnapping for ransom, drug seizures, extraditions, prison transfers, trials and sentences, mass
arrests with no fighting, peace talks, ceasefires and disarmament, homicide statistics, elections
and "war on crime" rhetoric, peaceful marches, anniversaries, films and series, football,
carnival, migration, defence hardware, disasters with troops deployed, accidents and epidemics.
Labels follow eval/README.md (section 1). The texts, with their labels, are in the helper
modules texts_*.py of this folder:

    POSITIVES and NEGATIVES, in the layout eval/conflictset/__init__.py gives

eval/conflictset/__init__.py says what happens to them (here with seed 65 and ids
cv0001...). The shared builder checks the positive share (0.35 to 0.45, the range the brief
gave) before it writes anything. Decisions where the guideline is silent are in README.md.

    python3 eval/dev65/build.py            # validate, print the counts, write the files
    python3 eval/dev65/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_crime import NEGATIVES as NEG_CRIME  # noqa: E402
from texts_neg_everyday import NEGATIVES as NEG_EVERYDAY  # noqa: E402
from texts_neg_hazards import NEGATIVES as NEG_HAZARDS  # noqa: E402
from texts_neg_justice import NEGATIVES as NEG_JUSTICE  # noqa: E402
from texts_neg_peace_memory import NEGATIVES as NEG_PEACE_MEMORY  # noqa: E402
from texts_neg_politics import NEGATIVES as NEG_POLITICS  # noqa: E402
from texts_pos_brazil_south_central import POSITIVES as POS_BRAZIL_SOUTH_CENTRAL  # noqa: E402
from texts_pos_colombia import POSITIVES as POS_COLOMBIA  # noqa: E402
from texts_pos_ecuador_andes import POSITIVES as POS_ECUADOR_ANDES  # noqa: E402
from texts_pos_haiti import POSITIVES as POS_HAITI  # noqa: E402
from texts_pos_mexico import POSITIVES as POS_MEXICO  # noqa: E402

POSITIVES = POS_MEXICO + POS_COLOMBIA + POS_HAITI + POS_ECUADOR_ANDES + POS_BRAZIL_SOUTH_CENTRAL
NEGATIVES = NEG_CRIME + NEG_JUSTICE + NEG_POLITICS + NEG_PEACE_MEMORY + NEG_HAZARDS + NEG_EVERYDAY

add_items(POSITIVES, NEGATIVES)

# texts: 150 to 1,100 characters, 2 to 6 sentences, as in dev63; titles up to 140 characters;
# typing slips refused; near_dup: the default 0.5 (Jaccard overlap of content words).
sys.exit(
    run(
        ConflictConfig(
            "dev65",
            HERE,
            "cv",
            65,
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
