"""Build eval/dev189/conflict.jsonl (and the empty eval/dev189/figures.jsonl).

dev189 is a blind set of whole articles (a title and 6 to 14 sentences) from the nature and
animal desks, 2014-2026, every region: births at zoos, rescued pets, migrations and species
counts, poaching and trafficking arrests, rangers, wildlife in drought and disaster, zoos,
shelters, vets and working animals in war zones, military and police dogs, mine-sniffing rats,
herders and cattle raids, animals killed in bombing, and stories where violence against people is
happening now (rangers killed by an armed group, a vet killed in shelling, a cattle raid that
kills villagers, a reserve seized by rebels). Many texts use war words loosely ("war on
poachers", "the invasion of cane toads", "the battle to save the rhino", "a lion attack", "shot
with a tranquilliser dart"). A third report current organised violence or its direct
consequences. Written in the manner of the BBC, The Guardian's environment pages, National
Geographic, Mongabay, AP, AFP, Reuters, the Kyiv Independent, The Citizen (Tanzania), the Daily
Nation, the Times of India, Dawn and The Jakarta Post. Labels follow eval/README.md (section 1).
The texts, with their labels, are in the helper modules texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 189, gives them ids
da0001... and writes the files.

    python3 eval/dev189/build.py            # validate, print the counts, write the files
    python3 eval/dev189/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_crime_accident import NEGATIVES as NEG_CRIME_ACCIDENT  # noqa: E402
from texts_neg_culture_military import NEGATIVES as NEG_CULTURE_MILITARY  # noqa: E402
from texts_neg_disaster_health import NEGATIVES as NEG_DISASTER_HEALTH  # noqa: E402
from texts_neg_other import NEGATIVES as NEG_OTHER  # noqa: E402
from texts_neg_protest_peace_history import NEGATIVES as NEG_PROTEST_PEACE_HISTORY  # noqa: E402
from texts_neg_sport_politics_economy import NEGATIVES as NEG_SPORT_POL_ECON  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402
from texts_pos_c import POSITIVES as POS_C  # noqa: E402

POSITIVES = POS_A + POS_B + POS_C
NEGATIVES = (
    NEG_CRIME_ACCIDENT
    + NEG_DISASTER_HEALTH
    + NEG_SPORT_POL_ECON
    + NEG_PROTEST_PEACE_HISTORY
    + NEG_CULTURE_MILITARY
    + NEG_OTHER
)

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev189",
            HERE,
            "da",
            189,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
