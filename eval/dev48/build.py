"""Build eval/dev48/figures.jsonl from the hand-written items in the modules beside it.

A forty-eighth evaluation set for the figure extractor, written blind: "regional and local news
in English from the Global South". About 130 items of 1 to 5 sentences in that register,
including non-native and translated English: Nigerian, Ghanaian, Kenyan, Ugandan, South
African, Somali, Ethiopian and Sudanese dailies; Pakistani, Indian, Bangladeshi, Sri Lankan,
Nepali and Afghan papers; Filipino and Indonesian papers; Yemeni, Iraqi and Syrian local media
in English; Colombian, Mexican, Haitian and Venezuelan outlets in English; and police and army
press releases reproduced as they are ("no fewer than 15 persons were feared killed", "30
bandits neutralised", "five (5) persons", "the death toll has risen to 47", "scores injured").
Years, dates, times, ages, durations, percentages, money, measurements, road, ward, division,
battalion, case and section numbers, ordinals, vote counts and numbers in names are marked as
negatives.

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in arts_west_africa.py, arts_east_africa.py, arts_south_asia.py,
arts_asia_mideast.py and arts_americas.py (imported below, in that order, so the build is
deterministic).

Figures are marked inline in each item (the marks: eval/figset/marks.py).

    python eval/dev48/build.py            # write figures.jsonl and validate it
    python eval/dev48/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import arts_west_africa  # noqa: E402,F401
import arts_east_africa  # noqa: E402,F401
import arts_south_asia  # noqa: E402,F401
import arts_asia_mideast  # noqa: E402,F401
import arts_americas  # noqa: E402,F401

# isort: on

# items of 1 to 5 sentences (as the shared splitter counts them: a quoted sentence that ends
# inside the quote counts as one)
CONFIG = SetConfig("dev48", HERE, "fl", 48, chars=(100, 700), sentences=(1, 5))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
