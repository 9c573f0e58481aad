"""Build eval/dev207/conflict.jsonl (and the empty eval/dev207/figures.jsonl).

dev207 is a blind set of whole articles (a title and 6 to 14 sentences) from the education desk,
2014-2026, every region, in the style of the education pages of Reuters, AP, AFP, the BBC, the
Guardian, the Times Educational Supplement, Times Higher Education, University World News, Al
Jazeera, Kyiv Independent, Dawn, The Daily Star, Premium Times, Nation (Kenya) and the Hindu:
exam results, school funding, teachers' strikes, curriculum rows, student protests, university
rankings, campus free-speech fights, school shootings with no political motive, school meals,
closures for storms and heat, lessons about past wars and cadet programmes, with the desk's war
words used loosely, and, in about a third, current organised violence that reaches schools and
campuses (schools bombed or shelled, pupils abducted by armed groups, students shot at campus
protests, campuses raided, teachers killed by militants, schools turned into shelters for people
fleeing fighting, exams sat in shelters during strikes, student riots put down with tear gas).
Labels follow eval/README.md (section 1). The texts, with their labels, are in the helper
modules texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 207, gives them ids
dj0001... and writes the files.

    python3 eval/dev207/build.py            # validate, print the counts, write the files
    python3 eval/dev207/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_campus import NEGATIVES as NEG_CAMPUS  # noqa: E402
from texts_neg_classroom import NEGATIVES as NEG_CLASSROOM  # noqa: E402
from texts_neg_closures import NEGATIVES as NEG_CLOSURES  # noqa: E402
from texts_neg_past import NEGATIVES as NEG_PAST  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = NEG_CAMPUS + NEG_CLASSROOM + NEG_CLOSURES + NEG_PAST

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev207",
            HERE,
            "dj",
            207,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
