"""Build eval/dev49/conflict.jsonl (and the empty eval/dev49/figures.jsonl).

dev49 is a set of short news items (a headline and 1 to 4 sentences, 80 to 700 characters) in
the register of the health, science, technology, climate and education desks of English-language
outlets (health and science wires, science journals' news pages, tech press, climate desks,
education press, medical charities' news as reported), set in Sudan, Congo, the Sahel, Nigeria,
Somalia, Ethiopia, Gaza, Lebanon, Syria, Yemen, Iran, Ukraine, Myanmar, Afghanistan, Pakistan,
Haiti, Colombia, Mexico and elsewhere: about 38% conflict (strikes on hospitals and clinics,
health workers and vaccinators killed, disease and hunger in sieges and displacement camps,
attacks on schools and abductions of students, labs, universities and nuclear plants hit,
scientists killed, grids and water plants struck, riots that reach hospitals and campuses), 62%
not (hard negatives from the same desks: epidemics, vaccination campaigns, the "war on cancer",
arms races between bacteria and antibiotics, heart attacks, killer heat, invasive species,
ransomware and state hackers, drones and military-grade encryption, defence research, disasters,
accidents, crime, peaceful strikes and marches, peace education, refugees' schooling, history of
past wars, culture), labelled by the guideline of eval/README.md (section 1). The texts, with
their labels, are in the helper modules texts_*.py of this folder:

    POSITIVES and NEGATIVES, in the layout eval/conflictset/__init__.py gives

eval/conflictset/__init__.py says what happens to them (here with seed 49 and ids
cn0001...). Decisions where the guideline is silent are in README.md.

    python3 eval/dev49/build.py            # validate, print the counts, write the files
    python3 eval/dev49/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_climate import NEGATIVES as NEG_CLIMATE  # noqa: E402
from texts_neg_education import NEGATIVES as NEG_EDUCATION  # noqa: E402
from texts_neg_health import NEGATIVES as NEG_HEALTH  # noqa: E402
from texts_neg_misc import NEGATIVES as NEG_MISC  # noqa: E402
from texts_neg_science_tech import NEGATIVES as NEG_SCIENCE_TECH  # noqa: E402
from texts_pos_grid_climate_tech import POSITIVES as POS_GRID_CLIMATE_TECH  # noqa: E402
from texts_pos_health_care import POSITIVES as POS_HEALTH_CARE  # noqa: E402
from texts_pos_outbreaks_hunger import POSITIVES as POS_OUTBREAKS_HUNGER  # noqa: E402
from texts_pos_schools_science import POSITIVES as POS_SCHOOLS_SCIENCE  # noqa: E402

POSITIVES = POS_HEALTH_CARE + POS_OUTBREAKS_HUNGER + POS_SCHOOLS_SCIENCE + POS_GRID_CLIMATE_TECH
NEGATIVES = NEG_HEALTH + NEG_SCIENCE_TECH + NEG_CLIMATE + NEG_EDUCATION + NEG_MISC
add_items(POSITIVES, NEGATIVES)

# texts: 80 to 700 characters, 1 to 4 sentences; typing slips refused
# near_dup: the default 0.5 (Jaccard overlap of content words); short items share few words, so
# it catches only a text written twice or lightly reworded (README.md gives the highest pair).
sys.exit(
    run(
        ConflictConfig(
            "dev49",
            HERE,
            "cn",
            49,
            sentences=(1, 4),
            min_text_chars=80,
            max_text_chars=700,
            check_glued=True,
            max_title_chars=120,
            near_dup=0.5,
        )
    )
)
