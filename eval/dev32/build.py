"""Build eval/dev32/figures.jsonl from the hand-written texts in the modules beside it.

A thirty-second evaluation set for the figure extractor, written blind: "a natural mix of news
with numbers". About 150 items as a world-news and humanitarian feed delivers them in an ordinary
week: attacks, strikes and battles with their tolls; displacement, returns and refugee flows;
floods, quakes and storms; aid deliveries; arrests, kidnappings and releases; troop deployments;
and some politics, economy and sport whose numbers are mostly not figures. About fifteen texts
have numbers but no figure.

The span parser, the unit helper and the validator are shared with the other new figure sets, in
eval/figset/ (grown from eval/dev24/build.py); the texts are in texts_attacks.py,
texts_displacement.py, texts_disasters.py, texts_aid_arrests_troops.py, texts_longer_reports.py,
texts_politics_economy_sport.py and texts_more_wire.py (imported below, in that order, so the
build is deterministic).

Figures are marked inline in each text, so offsets are computed, never typed:

    [[SPAN|CATEGORY;key=value;...]]   a gold figure. keys: a= attribution, alt= attribution_alts
                                      (repeatable), u= unit, n= noun (n=- for none), p (projected),
                                      q= qualifier, v= value, lo= low, hi= high (overrides of
                                      what is parsed from SPAN)
    {{SPAN}}                          a negative (a number that is not a figure)

value, low, high, qualifier, vague, noun and unit are derived from the span text unless
overridden; `python build.py --table` prints every figure for review. The script validates every
record against eval/README.md (section 2) and writes shuffled records (fixed seed 32) with ids
"fd0001"... and an empty conflict.jsonl (this set has no conflict part).

    python eval/dev32/build.py            # write figures.jsonl and validate it
    python eval/dev32/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import texts_attacks  # noqa: E402,F401
import texts_displacement  # noqa: E402,F401
import texts_disasters  # noqa: E402,F401
import texts_aid_arrests_troops  # noqa: E402,F401
import texts_longer_reports  # noqa: E402,F401
import texts_politics_economy_sport  # noqa: E402,F401
import texts_more_wire  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev32", HERE, "fd", 32)

if __name__ == "__main__":
    sys.exit(run(CONFIG))
