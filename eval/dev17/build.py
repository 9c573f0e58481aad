"""Build eval/dev17/figures.jsonl from the hand-written texts in the modules beside it.

A seventeenth tuning set for the figure extractor: a realistic sample of what a conflict-news
feed delivers in an ordinary week (wire leads from Reuters/AP/AFP, UN and NGO press releases,
regional outlets, live-blog entries and one-line headlines with a summary), from Africa, the
Middle East, Europe, Asia and Latin America, years 2015 to 2025. Categories come roughly in the
proportion news reports them: mostly killed, injured and displaced.

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the texts are in the texts_*.py modules of this folder (imported below, in the
order they were written, so the build is deterministic).

Figures are marked inline in each text, so offsets are computed, never typed:

    [[SPAN|CATEGORY;key=value;...]]   a gold figure. keys: a= attribution, alt= attribution_alts
                                      (repeatable), u= unit, n= noun (n=- for none), p (projected),
                                      q= qualifier, v= value, lo= low, hi= high (overrides of
                                      what is parsed from SPAN)
    {{SPAN}}                          a negative (a number that is not a figure)

value, low, high, qualifier, vague, noun and unit are derived from the span text unless
overridden; `python build.py --table` prints every figure for review. The script validates every
record against eval/README.md (section 2) and writes shuffled records (fixed seed 17) with ids
"z0001"... and an empty conflict.jsonl (this set has no conflict part).

    python eval/dev17/build.py            # write figures.jsonl and validate it
    python eval/dev17/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the text modules

from figset import SetConfig, run  # noqa: E402

# The modules register their texts as they are imported: their order is the set's.
# isort: off
import texts_mideast  # noqa: E402,F401
import texts_africa  # noqa: E402,F401
import texts_europe_asia  # noqa: E402,F401
import texts_latin_america  # noqa: E402,F401
import texts_press_wire_live  # noqa: E402,F401
import texts_no_figure_dates  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev17", HERE, "z", 17)


if __name__ == "__main__":
    sys.exit(run(CONFIG))
