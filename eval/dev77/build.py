"""Build eval/dev77/conflict.jsonl (and the empty eval/dev77/figures.jsonl).

dev77 is a set of news items (a headline and 2 to 6 sentences, 150 to 1,100 characters) from
the Middle East and North Africa beyond the main war desks, 2011 to 2025, as the region's
English-language press and the wires (The National, Arab News, Ahram Online, Rudaw,
Kurdistan24, The New Arab, Iran International, Tehran Times, Morocco World News, Libya
Observer, Asharq Al-Awsat, Reuters, AFP) report them: domestic security and politics in Iraq
(militia rockets and drones, Islamic State remnants, the Tishreen protests, assassinations of
activists, tribal fighting in the south), the Kurdistan Region and Sinjar (Turkish and Iranian
strikes, the PKK, drones on oil and gas fields), Iran (crackdowns on protests, Baluch and
Kurdish militancy, Islamic State attacks), Egypt (the Sinai insurgency, attacks on Copts),
Jordan, Lebanon's interior (Ain al-Hilweh, Tayouneh, Tripoli), the Gulf, Libya (militia
fighting in Tripoli and Zawiya), Tunisia, Algeria, Morocco and Western Sahara (the Polisario
and Moroccan drone strikes). The positives are the current events the guideline counts; the
negatives, almost all hard, come from the same countries and use the same words for deals and
ceasefires, elections, deportations, peaceful strikes and marches, Captagon seizures, honour
killings and feuds, trials and executions, anniversaries, dramas and films, storms, floods,
quakes, fires and blasts, celebratory gunfire and hunting accidents, football, arms purchases,
drills and parades, and the economy. Labels follow eval/README.md (section 1). The texts, with
their labels, are in the helper modules texts_*.py of this folder:

    POSITIVES and NEGATIVES, in the layout eval/conflictset/__init__.py gives

eval/conflictset/__init__.py says what happens to them (here with seed 77 and ids
kb0001...). The shared builder checks the positive share (0.35 to 0.45, the range the brief
gave) before it writes anything. Decisions where the guideline is silent are in README.md.

    python3 eval/dev77/build.py            # validate, print the counts, write the files
    python3 eval/dev77/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_crime_justice import NEGATIVES as NEG_CRIME_JUSTICE  # noqa: E402
from texts_neg_everyday import NEGATIVES as NEG_EVERYDAY  # noqa: E402
from texts_neg_hazards import NEGATIVES as NEG_HAZARDS  # noqa: E402
from texts_neg_memory_culture import NEGATIVES as NEG_MEMORY_CULTURE  # noqa: E402
from texts_neg_peace_politics import NEGATIVES as NEG_PEACE_POLITICS  # noqa: E402
from texts_neg_protest import NEGATIVES as NEG_PROTEST  # noqa: E402
from texts_pos_egypt_levant_gulf import POSITIVES as POS_EGYPT_LEVANT_GULF  # noqa: E402
from texts_pos_iran import POSITIVES as POS_IRAN  # noqa: E402
from texts_pos_iraq import POSITIVES as POS_IRAQ  # noqa: E402
from texts_pos_kurdistan import POSITIVES as POS_KURDISTAN  # noqa: E402
from texts_pos_maghreb import POSITIVES as POS_MAGHREB  # noqa: E402

POSITIVES = POS_IRAQ + POS_KURDISTAN + POS_IRAN + POS_EGYPT_LEVANT_GULF + POS_MAGHREB
NEGATIVES = (
    NEG_PEACE_POLITICS
    + NEG_PROTEST
    + NEG_CRIME_JUSTICE
    + NEG_MEMORY_CULTURE
    + NEG_HAZARDS
    + NEG_EVERYDAY
)

add_items(POSITIVES, NEGATIVES)

# texts: 150 to 1,100 characters, 2 to 6 sentences, as in dev73; titles up to 140 characters;
# typing slips refused; near_dup: the default 0.5 (Jaccard overlap of content words).
sys.exit(
    run(
        ConflictConfig(
            "dev77",
            HERE,
            "kb",
            77,
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
