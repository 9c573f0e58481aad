"""Build eval/dev157/conflict.jsonl (and the empty eval/dev157/figures.jsonl).

dev157 is a blind set of whole articles (a title and 6 to 14 sentences) from the press of
countries at war in 2022-2026: Ukraine, Russia, Israel and the Palestinian territories, Lebanon,
Syria, Yemen, Sudan, South Sudan, the DRC, Ethiopia, Somalia, Myanmar, Haiti, Mali and Burkina
Faso, written in the manner of the Kyiv Independent, Ukrainska Pravda, Meduza, The Moscow Times,
Haaretz, The Times of Israel, WAFA, L'Orient Today, Enab Baladi, Saba, Sudan Tribune, Radio
Dabanga, Radio Okapi, Addis Standard, Hiiraan Online, The Irrawaddy, Frontier Myanmar, Le
Nouvelliste and Studio Tamani (in English). Most are the other news of those papers (sport,
culture, religion, education, business, health, weather, courts, politics, society), with the
war as background, history or cause; beside them, about a third report current strikes,
battles, attacks, abductions, unrest and displacement, or their direct humanitarian
consequences. Labels follow eval/README.md (section 1). The texts, with their labels, are in
the helper modules texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 157, gives them ids
jo0001... and writes the files.

    python3 eval/dev157/build.py            # validate, print the counts, write the files
    python3 eval/dev157/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_courts_politics_accident import NEGATIVES as NEG_COURTS_POLITICS  # noqa: E402
from texts_neg_economy_health_disaster import NEGATIVES as NEG_ECONOMY_HEALTH  # noqa: E402
from texts_neg_faith_school_society import NEGATIVES as NEG_FAITH_SCHOOL  # noqa: E402
from texts_neg_peace_history_military import NEGATIVES as NEG_PEACE_HISTORY  # noqa: E402
from texts_neg_sport_culture import NEGATIVES as NEG_SPORT_CULTURE  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402
from texts_pos_c import POSITIVES as POS_C  # noqa: E402
from texts_pos_d import POSITIVES as POS_D  # noqa: E402

POSITIVES = POS_A + POS_B + POS_C + POS_D
NEGATIVES = (
    NEG_SPORT_CULTURE
    + NEG_FAITH_SCHOOL
    + NEG_ECONOMY_HEALTH
    + NEG_COURTS_POLITICS
    + NEG_PEACE_HISTORY
)

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev157",
            HERE,
            "jo",
            157,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
