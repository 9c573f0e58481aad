"""Build eval/dev86/conflict.jsonl (and the empty eval/dev86/figures.jsonl).

dev86 is a blind set of whole articles about what follows violence: accountability,
investigation and aftermath. Each item is a headline and a body of 7 to 13 sentences (about 900
to 1,750 characters, the paragraphs joined by single spaces), set in 2015 to 2025, in the register
of the wires and broadsheets (Reuters, AP, AFP, the BBC, the Guardian, Al Jazeera, analysis
pieces): war-crimes trials and ICC warrants, genocide verdicts, inquiries and commissions, rights
groups' and UN panels' reports, exhumations and mass graves, sanctions for past abuses,
compensation schemes, truth commissions, anniversaries, memoirs, films and games, veterans,
demining, reconstruction, returns, trauma care and analysis of a war's economics or diplomacy.
About a third of them (34 of 90) are positives because they also report a current violent event
(a report published while the shelling goes on, a verdict delivered as fighting resumes, a
funeral after yesterday's raid, an exhumation halted by artillery); the others give the violence
as past or as background (present perfect tolls, "last year's offensive", "the war, now in its
fourth year"). Labels follow eval/README.md (section 1). The texts, with their labels, are in the
helper modules texts_*.py of this folder:

    POSITIVES and NEGATIVES, in the layout eval/conflictset/__init__.py gives

eval/conflictset/__init__.py validates them, refuses any text or title shared with another set,
shuffles them with seed 86, gives them ids kh0001... and writes the files. Decisions where the
guideline is silent are in README.md.

    python3 eval/dev86/build.py            # validate, print the counts, write the files
    python3 eval/dev86/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_care_economy import NEGATIVES as NEG_CARE_ECONOMY  # noqa: E402
from texts_neg_justice import NEGATIVES as NEG_JUSTICE  # noqa: E402
from texts_neg_memory_culture import NEGATIVES as NEG_MEMORY_CULTURE  # noqa: E402
from texts_neg_peace_military import NEGATIVES as NEG_PEACE_MILITARY  # noqa: E402
from texts_pos_africa import POSITIVES as POS_AFRICA  # noqa: E402
from texts_pos_asia_europe_americas import POSITIVES as POS_ASIA_EUROPE_AMERICAS  # noqa: E402
from texts_pos_mideast import POSITIVES as POS_MIDEAST  # noqa: E402

POSITIVES = POS_AFRICA + POS_MIDEAST + POS_ASIA_EUROPE_AMERICAS
NEGATIVES = NEG_JUSTICE + NEG_MEMORY_CULTURE + NEG_PEACE_MILITARY + NEG_CARE_ECONOMY

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged: 5 to 14 sentences, 500 to 2,600 characters,
# titles up to 140 characters, typing slips refused, positive share 0.28 to 0.42; near_dup: the
# default 0.5 (Jaccard overlap of content words).
sys.exit(
    run(
        ConflictConfig(
            "dev86",
            HERE,
            "kh",
            86,
            sentences=(5, 14),
            max_text_chars=2600,
            min_text_chars=500,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.28, 0.42),
        )
    )
)
