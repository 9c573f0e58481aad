"""Build eval/dev341/conflict.jsonl (and the empty eval/dev341/figures.jsonl).

dev341 is a blind set of whole articles (a title and 6 to 14 sentences) from the Indian regional
press in translation, 2014-2026: the Hindi, Bengali, Tamil, Marathi and Malayalam papers (Dainik
Bhaskar, Dainik Jagran, Amar Ujala, Hindustan, Nai Dunia, Prabhat Khabar, Anandabazar Patrika,
Bartaman, Sangbad Pratidin, Dinamani, Dinathanthi, Dinamalar, Lokmat, Loksatta, Maharashtra
Times, Malayala Manorama, Mathrubhumi) as their English translations carry them, on any topic:
local crime and murders, road and train accidents, festivals and stampedes, elections and party
rallies, peaceful farmers' and workers' protests, floods and landslides, Partition and other
history, the military without violence, surrenders and accords, films and sport, with their war
words used loosely, and, in about a third, current armed conflict and political violence
(Maoist ambushes and encounters, militant attacks in Jammu and Kashmir, ethnic clashes in
Manipur, election violence with deaths, communal riots, crackdowns). Labels follow
eval/README.md (section 1). The texts, with their labels, are in the helper modules texts_*.py
of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 341, gives them ids
uy0001... and writes the files.

    python3 eval/dev341/build.py            # validate, print the counts, write the files
    python3 eval/dev341/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_public import NEGATIVES as NEG_PUBLIC  # noqa: E402
from texts_neg_street import NEGATIVES as NEG_STREET  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = NEG_STREET + NEG_PUBLIC

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev341",
            HERE,
            "uy",
            341,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
