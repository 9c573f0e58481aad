"""Build eval/dev29/figures.jsonl from the hand-written articles below.

A twenty-ninth set for the figure extractor, written blind: "figures in whole articles". About
sixty whole news articles (1,200 to 3,500 characters, 8 to 25 sentences) about displacement,
conflict, disasters and crime, as a feed delivers them: wire stories, regional outlets, NGO and
UN releases, features. Figures are spread through each article, some of them with a meaning that
depends on earlier sentences (an implicit noun, a pronoun source, a toll updated paragraphs
later), among many numbers that are not figures (years, dates, ages, durations, percentages,
money, measurements, ordinals, phone numbers, scores, names). A few articles have many numbers
and no figure.

The span parser, the unit helper and the validator are shared with the other new figure sets, in
eval/figset/ (grown from eval/dev24/build.py); this file holds the texts.

Figures are marked inline in each text, so offsets are computed, never typed:

    [[SPAN|CATEGORY;key=value;...]]   a gold figure. keys: a= attribution, alt= attribution_alts
                                      (repeatable), u= unit, n= noun (n=- for none), p (projected),
                                      q= qualifier, v= value, lo= low, hi= high (overrides of
                                      what is parsed from SPAN)
    {{SPAN}}                          a negative (a number that is not a figure)

value, low, high, qualifier, vague, noun and unit are derived from the span text unless
overridden; `python build.py --table` prints every figure for review. The script validates every
record against eval/README.md (section 2) and writes shuffled records (fixed seed 29) with ids
"fc0001"... and an empty conflict.jsonl (this set has no conflict part).

    python eval/dev29/build.py            # write figures.jsonl and validate it
    python eval/dev29/build.py --table    # also print all figures as a table
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
import arts_middle_east_asia  # noqa: E402,F401
import arts_disasters_crime  # noqa: E402,F401
import arts_no_figure  # noqa: E402,F401
import arts_more  # noqa: E402,F401
# isort: on

CONFIG = SetConfig("dev29", HERE, "fc", 29, chars=(1200, 3500), sentences=(8, 25))


if __name__ == "__main__":
    sys.exit(run(CONFIG))
