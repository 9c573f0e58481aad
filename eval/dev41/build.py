"""Build eval/dev41/conflict.jsonl (and the empty eval/dev41/figures.jsonl).

dev41 is a set of short items (a headline and 1 to 4 sentences, 80 to 700 characters) in the
register of humanitarian and development sources: ReliefWeb, OCHA flash updates and
situation-report summaries, UNHCR, IOM, WFP, UNICEF and WHO news items, ICRC and MSF
statements, NGO press releases (IRC, NRC, Save the Children, Oxfam, CARE) and the humanitarian
desks of wires. About 40% report conflict or political violence or its direct human
consequences; the rest are mostly hard negatives in the same register (disaster displacement,
outbreaks, drought and prices, resettlement, peace and returns, accidents, camp fires, mine
clearance anniversaries). Labels follow the guideline of eval/README.md (section 1). The
texts, with their labels, are in the helper modules texts_*.py of this folder:

    POSITIVES and NEGATIVES, in the layout eval/conflictset/__init__.py gives

eval/conflictset/__init__.py says what happens to them (here with seed 41 and ids
cj0001...). Decisions where the guideline is silent are in README.md.

    python3 eval/dev41/build.py            # validate, print the counts, write the files
    python3 eval/dev41/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_disaster import NEGATIVES as NEG_DISASTER  # noqa: E402
from texts_neg_health import NEGATIVES as NEG_HEALTH  # noqa: E402
from texts_neg_migration_accident import NEGATIVES as NEG_MIGRATION_ACCIDENT  # noqa: E402
from texts_neg_peace_history_military import NEGATIVES as NEG_PEACE_HISTORY  # noqa: E402
from texts_neg_society import NEGATIVES as NEG_SOCIETY  # noqa: E402
from texts_pos_africa import POSITIVES as POS_AFRICA  # noqa: E402
from texts_pos_asia_americas import POSITIVES as POS_ASIA_AMERICAS  # noqa: E402
from texts_pos_mideast_europe import POSITIVES as POS_MIDEAST_EUROPE  # noqa: E402

POSITIVES = POS_AFRICA + POS_MIDEAST_EUROPE + POS_ASIA_AMERICAS
NEGATIVES = NEG_DISASTER + NEG_HEALTH + NEG_MIGRATION_ACCIDENT + NEG_PEACE_HISTORY + NEG_SOCIETY
add_items(POSITIVES, NEGATIVES)

# texts: 80 to 700 characters, 1 to 4 sentences; typing slips (glued words) refused
# near_dup: the default 0.5 (Jaccard overlap of content words); short items share few words, so
# it catches only a text written twice or lightly reworded (README.md gives the highest pair).
sys.exit(
    run(
        ConflictConfig(
            "dev41",
            HERE,
            "cj",
            41,
            sentences=(1, 4),
            min_text_chars=80,
            max_text_chars=700,
            check_glued=True,
            max_title_chars=120,
            near_dup=0.5,
        )
    )
)
