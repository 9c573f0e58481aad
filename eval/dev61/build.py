"""Build eval/dev61/conflict.jsonl (and the empty eval/dev61/figures.jsonl).

dev61 is a set of news items (a headline and 2 to 6 sentences, 150 to 1,100 characters) in the
idiom of the English-language press of South Asia (India, Pakistan, Bangladesh, Sri Lanka, Nepal,
Afghanistan), Nigeria and West Africa, and East Africa and the Horn (Kenya, Uganda, Somalia,
Ethiopia, Sudan, South Sudan), 2011 to 2025, as their own papers write it: "martyred" and
"embraced martyrdom", "jawans", "encounter", "miscreants", "hoodlums", "unknown gunmen",
"bandits", "herdsmen", "Naxals", "khwarij sent to hell", "neutralised", "IBO", "ceasefire
violation", "stone pelting", "cult clash", "dacoits", "kidnappers' den", "operatives of the
DSS", "troops of Operation Hadin Kai". The positives are the current events of armed conflict
and political violence told in that idiom (encounters with Maoists and militants, IBOs,
cross-border shelling, bandit and herdsmen raids on villages, school abductions, jihadist and
separatist attacks, communal riots and mob violence, crackdowns on protests, the wars in Sudan,
Ethiopia and Somalia); the negatives, almost all hard, use the same words for crime (police
encounters with gangsters, dacoity, kidnapping for ransom, feuds, honour killings, cult clashes,
cattle theft, drug seizures, trials of old attacks), for martyrs' days and anniversaries, for
the military without violence, for surrenders and peace accords, for cricket and football, for
politics and markets, for disasters and accidents, and for peaceful hartals, bandhs and strikes.
Labels follow eval/README.md (section 1). The texts, with their labels, are in the helper
modules texts_*.py of this folder:

    POSITIVES and NEGATIVES, in the layout eval/conflictset/__init__.py gives

eval/conflictset/__init__.py says what happens to them (here with seed 61 and ids
ct0001...). The shared builder checks the positive share (0.35 to 0.45, the range the brief
gave) before it writes anything. Decisions where the guideline is silent are in README.md.

    python3 eval/dev61/build.py            # validate, print the counts, write the files
    python3 eval/dev61/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_crime import NEGATIVES as NEG_CRIME  # noqa: E402
from texts_neg_hazards import NEGATIVES as NEG_HAZARDS  # noqa: E402
from texts_neg_memory import NEGATIVES as NEG_MEMORY  # noqa: E402
from texts_neg_security import NEGATIVES as NEG_SECURITY  # noqa: E402
from texts_neg_sport_politics import NEGATIVES as NEG_SPORT_POLITICS  # noqa: E402
from texts_neg_streets import NEGATIVES as NEG_STREETS  # noqa: E402
from texts_pos_east_africa import POSITIVES as POS_EAST_AFRICA  # noqa: E402
from texts_pos_pakistan_afghanistan import POSITIVES as POS_PAKISTAN_AFGHANISTAN  # noqa: E402
from texts_pos_south_asia import POSITIVES as POS_SOUTH_ASIA  # noqa: E402
from texts_pos_west_africa import POSITIVES as POS_WEST_AFRICA  # noqa: E402

POSITIVES = POS_SOUTH_ASIA + POS_PAKISTAN_AFGHANISTAN + POS_WEST_AFRICA + POS_EAST_AFRICA
NEGATIVES = NEG_CRIME + NEG_SECURITY + NEG_MEMORY + NEG_SPORT_POLITICS + NEG_HAZARDS + NEG_STREETS

add_items(POSITIVES, NEGATIVES)

# texts: 150 to 1,100 characters, 2 to 6 sentences, as in dev59; titles up to 140 characters;
# typing slips refused; near_dup: the default 0.5 (Jaccard overlap of content words).
sys.exit(
    run(
        ConflictConfig(
            "dev61",
            HERE,
            "ct",
            61,
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
