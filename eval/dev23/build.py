"""Build eval/dev23/conflict.jsonl (and the empty eval/dev23/figures.jsonl) from texts_*.py.

Every text is written with its label, grouped by label and region or kind, in the helper modules
texts_*.py of this folder (POSITIVES and NEGATIVES lists, in the layout eval/conflictset gives);
add_items registers them, in the order they were written, with:

    P(title, text, tags, kind)   a conflict text; tags are codes from TAG_CODES, space-separated
    N(title, text, kind)         a non-conflict text; kind is a code from KIND_CODES

The set is "institutional voices": short texts (a title and 2 to 6 sentences) written as an
institution writes, not as a journalist does: UN agency press releases and briefing notes (OCHA,
UNHCR, WFP, UNICEF, WHO, OHCHR, Security Council press statements), NGO statements (ICRC, MSF,
NRC, Amnesty, HRW, Save the Children, ACLED-style weekly summaries), government and ministry
statements, military communiques and briefings, police statements, and embassy/travel advisories.
The hard negatives come from the same voices (disasters, epidemics, peace talks, exercises,
commemorations, ordinary crime, accidents, appeals without war...).

The script validates every record against eval/README.md (section 1) and writes the records
shuffled with a fixed seed (23), with ids l0001... (a prefix no other set uses).

    python eval/dev23/build.py            # validate, print the counts, write the files
    python eval/dev23/build.py --table    # also print the counts as markdown tables
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the conflictset package
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_crime_accident_protest import NEGATIVES as NEG_CRIME_ACCIDENT_PROTEST  # noqa: E402
from texts_neg_disaster_health import NEGATIVES as NEG_DISASTER_HEALTH  # noqa: E402
from texts_neg_peace_military_history import NEGATIVES as NEG_PEACE_MILITARY_HISTORY  # noqa: E402
from texts_neg_sport_politics_other import NEGATIVES as NEG_SPORT_POLITICS_OTHER  # noqa: E402
from texts_pos_africa import POSITIVES as POS_AFRICA  # noqa: E402
from texts_pos_americas_statements import POSITIVES as POS_AMERICAS_STATEMENTS  # noqa: E402
from texts_pos_europe_caucasus_asia import POSITIVES as POS_EUROPE_CAUCASUS_ASIA  # noqa: E402
from texts_pos_mideast_north_africa import POSITIVES as POS_MIDEAST_NORTH_AFRICA  # noqa: E402

CONFIG = ConflictConfig(
    "dev23",
    HERE,
    "l",
    23,
    sentences=(2, 6),
    max_text_chars=900,
    max_title_chars=120,
    near_dup=None,
)

# the texts (imported from the texts_*.py modules) in the order they were written; it fixes
# the shuffled order
POSITIVES = (
    POS_MIDEAST_NORTH_AFRICA + POS_AFRICA + POS_EUROPE_CAUCASUS_ASIA + POS_AMERICAS_STATEMENTS
)
NEGATIVES = (
    NEG_DISASTER_HEALTH
    + NEG_PEACE_MILITARY_HISTORY
    + NEG_CRIME_ACCIDENT_PROTEST
    + NEG_SPORT_POLITICS_OTHER
)
add_items(POSITIVES, NEGATIVES)


if __name__ == "__main__":
    sys.exit(run(CONFIG))
