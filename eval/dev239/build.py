"""Build eval/dev239/conflict.jsonl (and the empty eval/dev239/figures.jsonl).

dev239 is a blind set of whole articles (a title and 6 to 14 sentences) from the social media
and viral-video desk, 2016-2026, every region, in the style of the BBC (and BBC Verify),
Reuters, NBC, Rest of World, AFP Fact Check and national papers such as Dawn, Rappler, the
Miami Herald and El Espectador: what is trending, viral clips, influencers, platform
moderation, online "wars" and "attacks", deepfakes. Negatives use the desk's war words loosely
(flame wars, console wars, streaming wars, creators "attacked" by trolls) or border violence
(pranks and stunts gone wrong, viral fights in schools and on planes, platforms' rules on war
footage, old war clips and game footage passed off as new, influencers at military parades,
disasters and drills filmed by the public). Positives, about a third, are verified videos and
posts from a war or an uprising under way that report its current strikes, fighting, killings
or flight. Labels follow eval/README.md (section 1). The texts, with their labels, are in the
helper modules texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 239, gives them ids
dz0001... and writes the files.

    python3 eval/dev239/build.py            # validate, print the counts, write the files
    python3 eval/dev239/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_online import NEGATIVES as NEG_ONLINE  # noqa: E402
from texts_neg_viral import NEGATIVES as NEG_VIRAL  # noqa: E402
from texts_neg_war import NEGATIVES as NEG_WAR  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = NEG_ONLINE + NEG_VIRAL + NEG_WAR

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev239",
            HERE,
            "dz",
            239,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
