"""Build eval/dev161/conflict.jsonl (and the empty eval/dev161/figures.jsonl).

dev161 is a blind set of whole articles (a title and 6 to 14 sentences, 700 to 2,600
characters) from the science, health, medicine, environment, climate, agriculture and education
desks, 2018-2026, every region, in the style of Nature News, Science, STAT, The Lancet's news
pages, Reuters Health, Mongabay, Carbon Brief, The New Humanitarian, University World News, The
Guardian and the BBC: outbreaks and vaccination campaigns, hospitals and medical research, drug
approvals, climate and weather science, wildlife, pollution, farming and food security, schools,
universities and exams, space and technology research. War words are common in other senses
("the war on cancer", "killer whales", "a shot in the arm", "locust invasion"), and wars appear
as background and cause (war trauma research, the legacy of old wars in fields and soil, studies
of excess deaths). About a third report current organised violence or its direct consequences
(hospitals and health workers attacked, vaccinators shot, schools and universities struck or
occupied, pupils abducted, dams and a nuclear plant hit, farms burned, rangers killed, aid staff
detained). Labels follow eval/README.md (section 1). The texts, with their labels, are in the
helper modules texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 161, gives them ids
jq0001... and writes the files.

    python3 eval/dev161/build.py            # validate, print the counts, write the files
    python3 eval/dev161/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_disaster_accident import NEGATIVES as NEG_DISASTER_ACCIDENT  # noqa: E402
from texts_neg_health import NEGATIVES as NEG_HEALTH  # noqa: E402
from texts_neg_history_military_crime import NEGATIVES as NEG_HISTORY_MILITARY_CRIME  # noqa: E402
from texts_neg_other import NEGATIVES as NEG_OTHER  # noqa: E402
from texts_neg_protest_peace_politics import NEGATIVES as NEG_PROTEST_PEACE_POL  # noqa: E402
from texts_neg_science import NEGATIVES as NEG_SCIENCE  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402
from texts_pos_c import POSITIVES as POS_C  # noqa: E402

POSITIVES = POS_A + POS_B + POS_C
NEGATIVES = (
    NEG_HEALTH
    + NEG_SCIENCE
    + NEG_OTHER
    + NEG_DISASTER_ACCIDENT
    + NEG_HISTORY_MILITARY_CRIME
    + NEG_PROTEST_PEACE_POL
)

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev161",
            HERE,
            "jq",
            161,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
