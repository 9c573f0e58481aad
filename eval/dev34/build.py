"""Build eval/dev34/figures.jsonl from the hand-written articles in the modules beside it.

A thirty-fourth evaluation set for the figure extractor, written blind: "whole articles of an
ordinary world-news feed". About sixty complete news articles (a headline and 6 to 20
sentences) as a wire and humanitarian feed delivers them: attacks, air strikes and battles with
their tolls; displacement, returns, refugee flows and camps; floods, quakes, storms and fires;
aid deliveries; arrests, kidnappings and releases; troop deployments. Tolls are updated later in
the text, nouns and sources are given in an earlier sentence, breakdowns follow totals, and a
background paragraph carries older figures; years, dates, times, ages, durations, percentages,
money, measurements, ordinals and scores are marked as negatives.

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the texts are in arts_africa.py, arts_mideast.py, arts_asia.py and
arts_europe_americas.py (imported below, in that order, so the build is deterministic).

Figures are marked inline in each text (the marks: eval/figset/marks.py).

    python eval/dev34/build.py            # write figures.jsonl and validate it
    python eval/dev34/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the article modules

from figset import SetConfig, run  # noqa: E402

# The modules register their articles as they are imported: their order is the set's.
# isort: off
import arts_africa  # noqa: E402,F401
import arts_mideast  # noqa: E402,F401
import arts_asia  # noqa: E402,F401
import arts_europe_americas  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev34", HERE, "fe", 34, chars=(700, 3000), sentences=(6, 20))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
