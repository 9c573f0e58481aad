"""Build eval/dev170/figures.jsonl from the hand-written items in the modules beside it.

A hundred-and-seventieth evaluation set for the figure extractor, written blind: hunger, famine
and food crises with their numbers, 2011-2026, in every region where they struck (Gaza, Yemen,
Sudan, South Sudan, Somalia, Ethiopia, the Sahel and Nigeria, Madagascar, Afghanistan, Myanmar
and the Rohingya camps, North Korea, Haiti), as the wires, the humanitarian press and the
regional outlets report them: IPC findings and projections, people facing emergency or
catastrophic hunger, malnourished children, deaths from starvation, flight from drought and
siege, trucks and convoys let in or blocked, rations cut, aid delivered, livestock lost, aid
workers and people killed around food. IPC phases, scores, rankings, kilocalories, prices,
money, percentages, thresholds, dates, years, durations and ages are marked as negatives. How
the guideline was applied where it is silent: README.md, "Decisions". Five texts hold
numbers but no figure.

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in gaza_yemen.py, sudans.py, horn_sahel.py and asia_haiti.py
(imported below, in that order, so the build is deterministic). Each module writes its texts
as wrapped triple-quoted strings; `item` (in _wrap.py) collapses their whitespace to single
spaces and hands them to figset's `F`.

    python eval/dev170/build.py            # write figures.jsonl and validate it
    python eval/dev170/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, build_figures, n_sentences, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import gaza_yemen  # noqa: E402,F401
import sudans  # noqa: E402,F401
import horn_sahel  # noqa: E402,F401
import asia_haiti  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev170", HERE, "iv", 170, chars=(200, 2000), sentences=(3, 12))


def stats() -> None:
    """`--stats`: the per-text and per-figure counts quoted in README.md."""
    from collections import Counter

    from figset.words import VAGUE

    recs = build_figures(CONFIG)
    figs = [f for r in recs for f in r["figures"]]
    print("sentences:", sorted(Counter(n_sentences(r["text"]) for r in recs).items()))
    print("chars:", min(len(r["text"]) for r in recs), max(len(r["text"]) for r in recs))
    print("figures per text:", sorted(Counter(len(r["figures"]) for r in recs).items()))
    kinds = [next(p for p, _, _ in VAGUE if p in f["text"].lower()) for f in figs if f["vague"]]
    print("vague:", dict(Counter(kinds)))
    print("projected:", dict(Counter(f["category"] for f in figs if f["projected"])))
    print("alts:", sum("attribution_alts" in f for f in figs))
    words = [f["text"] for f in figs if not any(c.isdigit() for c in f["text"]) and not f["vague"]]
    print("number words:", len(words), words)


if __name__ == "__main__":
    if "--stats" in sys.argv:
        stats()
    sys.exit(run(CONFIG))
