"""Build eval/dev66/figures.jsonl from the hand-written items in the modules beside it.

A sixty-sixth evaluation set for the figure extractor, written blind: the numbers of armed
violence in Latin America and the Caribbean (2012-2025). People killed in massacres and gang
attacks, bodies in mass graves, the disappeared, people kidnapped and freed, people displaced
by gangs and armed groups (Haiti, Colombia, Mexico, Ecuador), confined communities, homes
burned, prison riots and escapes, arrests under El Salvador's state of exception, troops,
police and the Kenyan-led mission deployed, soldiers and police killed, weapons and drugs
seized, schools and health centres closed, people in need, aid, returnees and deportees; as
the wires, local press in translation, OCHA, UNHCR, IOM, BINUH, ombudsmen, prosecutors,
police and NGOs report them. Years, dates, times, durations, ages, homicide rates,
percentages, money, ordinals, law and decree numbers, numbers in names (Barrio 18, MS-13,
Route 5, 400 Mawozo) and measurements are marked as negatives. How the guideline was applied
where it is silent (confinement, the disappeared found, inmates, extortion, recruited
children, massacres counted): README.md, "Decisions". 128 items of 1 to 5 sentences; eight
hold numbers but no figure.

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in arts_haiti_gangs.py, arts_haiti_aid.py, arts_colombia.py,
arts_mexico.py, arts_ecuador_ca.py and arts_region.py (imported below, in that order, so the
build is deterministic).

Figures are marked inline in each item (the marks: eval/figset/marks.py).

    python eval/dev66/build.py            # write figures.jsonl and validate it
    python eval/dev66/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import arts_haiti_gangs  # noqa: E402,F401
import arts_haiti_aid  # noqa: E402,F401
import arts_colombia  # noqa: E402,F401
import arts_mexico  # noqa: E402,F401
import arts_ecuador_ca  # noqa: E402,F401
import arts_region  # noqa: E402,F401

# isort: on

# items of 1 to 5 sentences (as the shared splitter counts them: a quoted sentence that ends
# inside the quote counts as one)
CONFIG = SetConfig("dev66", HERE, "fu", 66, chars=(100, 900), sentences=(1, 5))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
