"""Build eval/dev179/conflict.jsonl (and the empty eval/dev179/figures.jsonl).

dev179 is a blind set of whole articles (a title and 6 to 14 sentences, 700 to 2,600
characters) from the cyber, technology and security desk, 2016-2026, in the style of Reuters
technology, AP, AFP, Wired, The Record, BleepingComputer, Ars Technica, The Register, the
Financial Times, the BBC, the Kyiv Independent, Haaretz tech and Rest of World: ransomware on
hospitals, ports, pipelines and governments, hacking groups tied to states, GPS jamming and
spoofing, undersea cables and railways, espionage and sabotage arrests, drones and AI in warfare,
disinformation, spyware and surveillance, internet shutdowns, satellite imagery of wars,
platforms and war footage, and the technology news where violence is happening now (a drone
strike on a data centre, a telecoms hub hit in an air strike, engineers killed repairing a
network, masts burned by militants, bombings claimed online). Many texts use the words of war
for computers ("attack", "strike", "weapon", "hit", "target", "breach", "war room") without any
violence; about a third report current organised violence or its direct consequences. Labels
follow eval/README.md (section 1). The texts, with their labels, are in the helper modules
texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 179, gives them ids
jz0001... and writes the files.

    python3 eval/dev179/build.py            # validate, print the counts, write the files
    python3 eval/dev179/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_crime import NEGATIVES as NEG_CRIME  # noqa: E402
from texts_neg_disaster_accident_health import NEGATIVES as NEG_DISASTER  # noqa: E402
from texts_neg_military_politics import NEGATIVES as NEG_MILITARY_POLITICS  # noqa: E402
from texts_neg_other_economy_peace import NEGATIVES as NEG_OTHER  # noqa: E402
from texts_neg_protest_history_culture_sport import NEGATIVES as NEG_CULTURE  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402
from texts_pos_c import POSITIVES as POS_C  # noqa: E402

POSITIVES = POS_A + POS_B + POS_C
NEGATIVES = NEG_CRIME + NEG_MILITARY_POLITICS + NEG_OTHER + NEG_CULTURE + NEG_DISASTER

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev179",
            HERE,
            "jz",
            179,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
