"""Build eval/dev27/figures.jsonl from the hand-written texts in the modules beside it.

A twenty-seventh tuning set for the figure extractor: "numbers in awkward forms". News items
(wire copy, live-blog lines, headlines with a one-sentence summary, NGO and UN releases, regional
outlets) in which the counted figure is written in ways a simple extractor trips on: number words,
compound ("twenty-three", "a hundred and fifty"), "a dozen", "two dozen", "a couple of hundred";
"3,000-strong", "1.2m", "3.4mn", "12k"; numbers in parentheses or after a colon ("Killed: 14.");
lists and breakdowns; "of whom", "including", "among them"; fractions of a counted group (only
the count is a figure); ranges; "nearly", "just over", "well over", "no fewer than", "upwards
of", "in excess of"; implicit nouns ("another 300"); and numbers next to years, dates, ages,
times, durations, percentages, money, measurements, ordinals, scores and names ("Route 66",
"Flight 370", "G20", "Resolution 2334", "Camp 4"), which are negatives. About twenty texts have
numbers but no figure.

The span parser, the unit helper and the validator are shared with the other new figure sets, in
eval/figset/ (grown from eval/dev24/build.py); the texts are in arts_number_forms.py,
arts_ranges_fractions_dates.py, arts_releases_categories.py, arts_names_outlets_dense.py and
arts_no_figure_at_most.py (imported below, in that order, so the build is deterministic).

Figures are marked inline in each text, so offsets are computed, never typed:

    [[SPAN|CATEGORY;key=value;...]]   a gold figure. keys: a= attribution, alt= attribution_alts
                                      (repeatable), u= unit, n= noun (n=- for none), p (projected),
                                      q= qualifier, v= value, lo= low, hi= high (overrides of
                                      what is parsed from SPAN)
    {{SPAN}}                          a negative (a number that is not a figure)

value, low, high, qualifier, vague, noun and unit are derived from the span text unless
overridden; `python build.py --table` prints every figure for review. The script validates every
record against eval/README.md (section 2) and writes shuffled records (fixed seed 27) with ids
"fb0001"... and an empty conflict.jsonl (this set has no conflict part).

    python eval/dev27/build.py            # write figures.jsonl and validate it
    python eval/dev27/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the text modules

from figset import SetConfig, run  # noqa: E402

# The modules register their texts as they are imported: their order is the set's.
# isort: off
import arts_number_forms  # noqa: E402,F401
import arts_ranges_fractions_dates  # noqa: E402,F401
import arts_releases_categories  # noqa: E402,F401
import arts_names_outlets_dense  # noqa: E402,F401
import arts_no_figure_at_most  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev27", HERE, "fb", 27)

if __name__ == "__main__":
    sys.exit(run(CONFIG))
