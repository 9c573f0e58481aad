"""Build eval/dev6/figures.jsonl from the hand-written texts in the modules beside it.

A sixth tuning set for the figure extractor, in the style of official and institutional documents
as they reach news feeds: NGO press releases, UN agency statements and Security Council briefings,
IOM displacement-tracking updates, government, police and military communiques, court and
human-rights report summaries, parliamentary answers and press-conference transcripts.

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the texts are in arts_displacement_returns.py, arts_military_ngo.py,
arts_briefings_courts.py, arts_agency_statements.py, arts_no_figure.py and
arts_mixed_communiques.py (imported below, in that order, so the build is deterministic).

Figures are marked inline in each text, so offsets are computed, never typed:

    [[SPAN|CATEGORY;key=value;...]]   a gold figure. keys: a= attribution, alt= attribution_alts
                                      (repeatable), u= unit, n= noun (n=- for none), p (projected),
                                      q= qualifier, v= value, lo= low, hi= high (overrides of
                                      what is parsed from SPAN)
    {{SPAN}}                          a negative (a number that is not a figure)

value, low, high, qualifier, vague, noun and unit are derived from the span text unless
overridden; `python build.py --table` prints every figure for review. The script validates every
record against eval/README.md (section 2) and writes shuffled records (fixed seed) with ids
"n0001"... and an empty conflict.jsonl (this set has no conflict part).

    python eval/dev6/build.py            # write figures.jsonl and validate it
    python eval/dev6/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their texts as they are imported: their order is the set's.
# isort: off
import arts_displacement_returns  # noqa: E402,F401
import arts_military_ngo  # noqa: E402,F401
import arts_briefings_courts  # noqa: E402,F401
import arts_agency_statements  # noqa: E402,F401
import arts_no_figure  # noqa: E402,F401
import arts_mixed_communiques  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev6", HERE, "n", 6)

if __name__ == "__main__":
    sys.exit(run(CONFIG))
