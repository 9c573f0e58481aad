"""Build eval/dev85/conflict.jsonl (and the empty eval/dev85/figures.jsonl).

dev85 is a blind set of whole articles from the English-language regional and local press, in
natural proportions: a headline and a body of 5 to 14 sentences (500 to 2,600 characters), as
Nigeria's Punch, Premium Times and Daily Trust, Kenya's Nation and Standard, the South African,
Ethiopian and Ugandan papers, Pakistan's Dawn, India's Hindu and Indian Express, Bangladesh's
Daily Star, Myanmar's Irrawaddy, the Philippine Daily Inquirer, the Colombian, Mexican and
Brazilian press, Lebanon's L'Orient Today and the Kurdistan Region's Rudaw and Kurdistan24
deliver them on ordinary days of 2016-2025. About three in ten items report current organised
violence (bandit and militant raids, ambushes, IEDs, airstrikes, encounters, clashes, cartel and
gang fighting, a mob attack, riots and a crackdown), most of them leading with something else: a
funeral, a court hearing, a school or exam closure, fuel, grain or rice prices, power cuts, a
governor's visit, compensation, a football match postponed, cancelled holidays. The rest is the
local news of the day; most of it mentions armies, police operations, bandits, militants,
refugees, attacks or weapons in passing or as background (hard negatives), the remainder is plain
(negative_other). Labels follow eval/README.md (section 1). The texts, with their labels, are in
the helper modules texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py says what happens to them (here with seed 85 and ids kg0001...).
The builder refuses a newline in a text, so the paragraphs of an article are joined by single
spaces. Decisions where the guideline is silent are in README.md.

    python3 eval/dev85/build.py            # validate, print the counts, write the files
    python3 eval/dev85/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_crime_hazards import NEGATIVES as NEG_CRIME_HAZARDS  # noqa: E402
from texts_neg_memory_sport_military import NEGATIVES as NEG_MEMORY_SPORT_MILITARY  # noqa: E402
from texts_neg_other import NEGATIVES as NEG_OTHER  # noqa: E402
from texts_neg_politics_peace import NEGATIVES as NEG_POLITICS_PEACE  # noqa: E402
from texts_pos_africa import POSITIVES as POS_AFRICA  # noqa: E402
from texts_pos_americas_mideast import POSITIVES as POS_AMERICAS_MIDEAST  # noqa: E402
from texts_pos_asia import POSITIVES as POS_ASIA  # noqa: E402

POSITIVES = POS_AFRICA + POS_ASIA + POS_AMERICAS_MIDEAST
NEGATIVES = NEG_CRIME_HAZARDS + NEG_POLITICS_PEACE + NEG_MEMORY_SPORT_MILITARY + NEG_OTHER

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged: 5 to 14 sentences, 500 to 2,600 characters,
# titles up to 140 characters, typing slips refused, the positive share checked (0.22 to 0.38);
# near_dup stays at the default 0.5 (Jaccard overlap of content words).
sys.exit(
    run(
        ConflictConfig(
            "dev85",
            HERE,
            "kg",
            85,
            sentences=(5, 14),
            max_text_chars=2600,
            min_text_chars=500,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.22, 0.38),
        )
    )
)
