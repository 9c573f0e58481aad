"""Build eval/dev109/conflict.jsonl (and the empty eval/dev109/figures.jsonl).

dev109 is a blind set of whole articles as RSS `content:encoded` fields and page scrapers deliver
them once the HTML is stripped: a headline and a body of 6 to 16 sentences (700 to 2,600
characters) with the page furniture real sites carry (datelines, bylines, "Updated" stamps,
reading times, image captions and credits, "Advertisement", "Read more:", "Related:", "Keep
reading" and "Most read" lines naming other stories, newsletter prompts, "The post ... appeared
first on ...", "Continue reading...", copyright lines, editor's notes), 2018-2025, all regions and
desks, in natural proportions: 27 of 90 report current organised violence or its direct
consequences, the rest are the day's other news. Labels follow eval/README.md (section 1) and
are given by what the article itself reports, never by the headlines its furniture names. The
texts, with their labels, are in the helper modules texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 109, gives them ids
ks0001... and writes the files. The builder refuses newlines, so paragraphs and furniture lines
are joined by single spaces, as a tag stripper that drops block breaks leaves them.

    python3 eval/dev109/build.py            # validate, print the counts, write the files
    python3 eval/dev109/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_hard_a import NEGATIVES as NEG_HARD_A  # noqa: E402
from texts_neg_hard_b import NEGATIVES as NEG_HARD_B  # noqa: E402
from texts_neg_hard_c import NEGATIVES as NEG_HARD_C  # noqa: E402
from texts_neg_hard_d import NEGATIVES as NEG_HARD_D  # noqa: E402
from texts_neg_other import NEGATIVES as NEG_OTHER  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = NEG_HARD_A + NEG_HARD_B + NEG_HARD_C + NEG_HARD_D + NEG_OTHER

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev109",
            HERE,
            "ks",
            109,
            sentences=(6, 16),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.20, 0.40),
        )
    )
)
