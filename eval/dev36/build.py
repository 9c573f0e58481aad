"""Build eval/dev36/figures.jsonl from the hand-written excerpts in the modules beside it.

A thirty-sixth evaluation set for the figure extractor, written blind: "short excerpts of
ordinary news with numbers". About 140 excerpts of 1 to 3 sentences (the lead or one paragraph
of a story, as a held-out set of real news would cut them): conflict tolls, civilians and
combatants, displacement, returns and refugee arrivals, abductions, arrests and releases,
disasters, aid, camp and shelter capacities and projections, with their qualifiers and sources;
years, dates, times, ages, durations, percentages, money, measurements, ordinals, magnitudes and
numbers in names are marked as negatives.

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the texts are in arts_africa.py, arts_mideast.py, arts_asia.py and
arts_europe_americas.py (imported below, in that order, so the build is deterministic).

Figures are marked inline in each text (the marks: eval/figset/marks.py).

    python eval/dev36/build.py            # write figures.jsonl and validate it
    python eval/dev36/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the excerpt modules

from figset import SetConfig, run  # noqa: E402

# The modules register their excerpts as they are imported: their order is the set's.
# isort: off
import arts_africa  # noqa: E402,F401
import arts_mideast  # noqa: E402,F401
import arts_asia  # noqa: E402,F401
import arts_europe_americas  # noqa: E402,F401

# isort: on

# short excerpts: 1 to 3 sentences (as the shared splitter counts them), 100 to 600 characters
CONFIG = SetConfig("dev36", HERE, "ff", 36, chars=(100, 600), sentences=(1, 3))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
