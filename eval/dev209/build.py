"""Build eval/dev209/conflict.jsonl (and the empty eval/dev209/figures.jsonl).

dev209 is a blind set of whole articles (a title and 6 to 14 sentences) from the transport desk,
2014-2026, every region, in the style of Reuters, Bloomberg, the Financial Times, Railway
Gazette, Simple Flying, Lloyd's List and the national press: railways, airlines, airports, roads,
bridges, ports and shipping, with timetables, fares, new lines and openings, results, tolls,
delays, strikes by drivers, crews, controllers and dockers, crashes, derailments and sinkings,
airspace and port closures for storms and volcanoes, crime on trains and at ports, old bombs,
drills, farmers' blockades, fare wars and "battles" over routes and runways, airspace rerouting
for a war far away, and, in about a third, current armed conflict and political violence that
hits transport (trains, stations and ports struck by missiles and drones, airports shelled or
seized by fighters, airliners shot down, buses ambushed, a train hijacked by separatists, ships
attacked or seized, roads cut by armed groups besieging towns, rail lines sabotaged, riots that
burn buses and stations). Labels follow eval/README.md (section 1). The texts, with their
labels, are in the helper modules texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 209, gives them ids
dk0001... and writes the files.

    python3 eval/dev209/build.py            # validate, print the counts, write the files
    python3 eval/dev209/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_air import NEGATIVES as NEG_AIR  # noqa: E402
from texts_neg_rail import NEGATIVES as NEG_RAIL  # noqa: E402
from texts_neg_road import NEGATIVES as NEG_ROAD  # noqa: E402
from texts_neg_sea import NEGATIVES as NEG_SEA  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = NEG_RAIL + NEG_AIR + NEG_ROAD + NEG_SEA

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev209",
            HERE,
            "dk",
            209,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
