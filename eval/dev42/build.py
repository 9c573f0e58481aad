"""Build eval/dev42/figures.jsonl from the hand-written excerpts in the modules beside it.

A forty-second evaluation set for the figure extractor, written blind: "humanitarian situation
reports and agency updates". About 140 excerpts of 1 to 4 sentences in the register of OCHA
flash updates and sitreps, UNHCR and IOM (DTM) displacement updates, WFP, UNICEF, WHO and IFRC
releases, NGO statements and wire stories quoting them: people displaced, fled, returned,
evacuated, in camps and sites, households, shelters damaged or destroyed, people in need,
targeted and reached, the capacity of sites, projections, conflict and disaster tolls, disease
cases, arrests and abductions, with their qualifiers and sources; years, dates, times, ages,
durations, percentages, money, measurements, ordinals, IPC phases and numbers in names are
marked as negatives.

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the texts are in arts_africa.py, arts_mideast.py, arts_asia.py and
arts_europe_americas.py (imported below, in that order, so the build is deterministic).

Figures are marked inline in each text (the marks: eval/figset/marks.py).

    python eval/dev42/build.py            # write figures.jsonl and validate it
    python eval/dev42/build.py --table    # also print all figures as a table
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

# short excerpts: 1 to 4 sentences (as the shared splitter counts them), 100 to 700 characters
CONFIG = SetConfig("dev42", HERE, "fi", 42, chars=(100, 700), sentences=(1, 4))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
