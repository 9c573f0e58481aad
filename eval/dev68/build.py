"""Build eval/dev68/figures.jsonl from the hand-written items in the modules beside it.

A sixty-eighth evaluation set for the figure extractor, written blind: detention, captivity
and release in conflicts and crackdowns (2012-2025). Mass arrests in crackdowns (Iran,
Belarus, Bangladesh, Kenya, Georgia, Serbia, Venezuela, Turkey, Russia, Myanmar, Hong Kong),
people detained by armed forces (Gaza, the West Bank, Ukrainian civilians held by Russia,
Syria's prisons and the missing), hostages taken and freed (October 7, Nigeria's schools,
Haiti), prisoner-of-war exchanges and bodies repatriated, political prisoners freed by
pardons, amnesties and deals, executions and death sentences, enforced disappearances,
al-Hol and Roj and the repatriations from them, migrants held in Libya, deportations, prisons
and their capacity, prison breaks, trials; as ministries, the ICRC, the UN, rights groups
(Amnesty, HRW, HRANA, Viasna, AAPP, OVD-Info), Hamas, the Israeli prime minister's office,
Ukraine's Coordination Headquarters, Russia's defence ministry, police and prosecutors
report them. Years, dates, ages, durations of sentences and captivity, percentages, money,
ordinals ("the 58th exchange"), article and section numbers ("Article 279", "Section 144")
and numbers in names ("Ward 209", "Jeddah-1", "MS-13", "400 Mawozo", "G-15") are marked as
negatives. How the guideline was applied where it is silent (releases, exchanges, hostages
and their bodies, executions and death sentences, escapes, places of detention,
deportations): README.md, "Decisions". 130 items of 1 to 5 sentences; nine hold numbers but
no figure.

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in arts_crackdowns.py, arts_gaza.py, arts_ukraine.py,
arts_syria_iraq.py, arts_africa.py and arts_world.py (imported below, in that order, so the
build is deterministic).

Figures are marked inline in each item (the marks: eval/figset/marks.py).

    python eval/dev68/build.py            # write figures.jsonl and validate it
    python eval/dev68/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import arts_crackdowns  # noqa: E402,F401
import arts_gaza  # noqa: E402,F401
import arts_ukraine  # noqa: E402,F401
import arts_syria_iraq  # noqa: E402,F401
import arts_africa  # noqa: E402,F401
import arts_world  # noqa: E402,F401

# isort: on

# items of 1 to 5 sentences (as the shared splitter counts them: a quoted sentence that ends
# inside the quote counts as one)
CONFIG = SetConfig("dev68", HERE, "fv", 68, chars=(100, 900), sentences=(1, 5))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
