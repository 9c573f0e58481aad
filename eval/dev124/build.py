"""Build eval/dev124/figures.jsonl from the hand-written items in the modules beside it.

A hundred-and-twenty-fourth evaluation set for the figure extractor, written blind: whole
articles (6 to 16 sentences, 600 to 2,400 characters) about humanitarian response in wars and
disasters, 2016-2026, all regions: convoys and trucks let in or blocked, food, water, cash and
kits delivered and the people who received them, people reached or targeted, clinics,
consultations and vaccinations, shelters and camps with their capacity and occupancy, homes and
schools destroyed, repaired and rebuilt, reconstruction plans, and the killed, displaced,
injured and in need around them. About two thirds war, one third disasters. Years, dates,
durations, money, percentages, measurements, ages, ordinals, phone numbers and numbers in names
are mixed in and marked as negatives. How the guideline was applied where it is silent:
README.md, "Decisions". Four articles hold numbers but no figure.

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in arts_levant.py, arts_africa.py, arts_elsewhere.py,
arts_quakes.py and arts_storms.py (imported below, in that order, so the build is
deterministic). Each module writes its texts as wrapped triple-quoted strings; `item` (in
_wrap.py) collapses their whitespace to single spaces and hands them to figset's `F`.

    python eval/dev124/build.py            # write figures.jsonl and validate it
    python eval/dev124/build.py --table    # also print all figures as a table
    python eval/dev124/build.py --stats    # also print the counts given in README.md
"""

import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, n_sentences, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import arts_levant  # noqa: E402,F401
import arts_africa  # noqa: E402,F401
import arts_elsewhere  # noqa: E402,F401
import arts_quakes  # noqa: E402,F401
import arts_storms  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev124", HERE, "hw", 124, chars=(600, 2400), sentences=(6, 16))


def stats() -> None:
    """The counts of README.md, read back from the written figures.jsonl."""
    recs = [json.loads(line) for line in (HERE / "figures.jsonl").open(encoding="utf-8")]
    figs = [f for r in recs for f in r["figures"]]
    lengths = [len(r["text"]) for r in recs]
    print("chars", min(lengths), max(lengths), sum(lengths) // len(recs))
    print("sentences", sorted(Counter(n_sentences(r["text"]) for r in recs).items()))
    print("per text", sorted(Counter(len(r["figures"]) for r in recs).items()))
    print("vague", Counter(f["text"].split(" of ")[0].lower() for f in figs if f["vague"]))
    print("projected", Counter(f["category"] for f in figs if f["projected"]))
    print("alts", sum("attribution_alts" in f for f in figs))
    print("words", [f["text"] for f in figs if not any(c.isdigit() for c in f["text"])])
    print(
        "negatives in texts without figures",
        sum(len(r["negatives"]) for r in recs if not r["figures"]),
    )
    print("ids", recs[0]["id"], recs[-1]["id"])


if __name__ == "__main__":
    code = run(CONFIG)
    if code == 0 and "--stats" in sys.argv:
        stats()
    sys.exit(code)
