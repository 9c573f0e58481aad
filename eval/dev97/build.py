"""Build eval/dev97/figures.jsonl from the hand-written items in the modules beside it.

A ninety-seventh evaluation set for the figure extractor, written blind: feed entries as RSS
and Atom deliver them, a title and a summary of 1 to 4 sentences (80 to 600 characters), in the
style of the wires, the UN agencies and regional papers, 2016-2025, all regions. Some open with
a dateline, some are cut mid-sentence with " ..." as feeds cut them, some repeat the title's
numbers. About half conflict and humanitarian items, half the other desks. Money, dates, ages,
durations, percentages, measurements, scores, ordinals and numbers in names are mixed in and
marked as negatives. How the guideline was applied where it is silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in the feed_*.py modules (imported below, in that order, so the
build is deterministic). `item` (in _wrap.py) collapses each text's whitespace and hands it to
figset's `F`. Before `figset.run`, `check_brief` checks the brief's own bounds, which the
config leaves out: 80 to 600 characters and 1 to 4 sentences (as figset's splitter counts
them) per text, and no float value above 1,000 (a "1.1 million" span needs `v=`).

    python eval/dev97/build.py            # write figures.jsonl and validate it
    python eval/dev97/build.py --table    # also print all figures as a table
    python eval/dev97/build.py --stats    # also print the counts the README gives
"""

import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import FIGURES, SetConfig, _sentence, n_sentences, run  # noqa: E402
from figset.marks import render  # noqa: E402
from figset.words import VAGUE  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import feed_tolls  # noqa: E402,F401
import feed_displaced  # noqa: E402,F401
import feed_captive  # noqa: E402,F401
import feed_hazards  # noqa: E402,F401
import feed_desks  # noqa: E402,F401
import feed_politics  # noqa: E402,F401
import feed_long  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev97", HERE, "hi", 97)


def check_brief() -> list[str]:
    """The brief's bounds on each text, and the float guard."""
    errs = []
    for title, marked, _ in FIGURES:
        text, figs, _ = render(marked)
        if not 80 <= len(text) <= 600:
            errs.append(f"{title}: {len(text)} characters")
        if not 1 <= n_sentences(text) <= 4:
            errs.append(f"{title}: {n_sentences(text)} sentences")
        for fig in figs:
            if isinstance(fig["value"], float) and fig["value"] > 1000:
                errs.append(f"{title} {fig['text']!r}: float value {fig['value']}")
    return errs


def stats() -> None:
    """The counts the README gives beyond figset's summary (`--stats`)."""
    recs = [render(marked) for _, marked, _ in FIGURES]
    texts = [text for text, _, _ in recs]
    figs = [f for _, fs, _ in recs for f in fs]
    print(f"  chars {min(map(len, texts))}-{max(map(len, texts))}", end="")
    print(f", sentences {dict(sorted(Counter(n_sentences(t) for t in texts).items()))}", end="")
    print(f", cut with ' ...' {sum(t.endswith(' ...') for t in texts)}")
    vague = Counter(
        next(p for p, _, _ in VAGUE if p in f["text"].lower()) for f in figs if f["vague"]
    )
    print(f"  vague {dict(vague.most_common())}")
    print(f"  projected {dict(Counter(f['category'] for f in figs if f['projected']))}")
    print(f"  alts {sum('attribution_alts' in f for f in figs)}", end="")
    print(f", negatives in texts without figures {sum(len(n) for _, fs, n in recs if not fs)}")
    verbs = re.compile(
        r"\b(?:said|says|say|told|according to|reports?|reported|estimated?|estimates|show|announced|added|warned|claimed)\b"
    )
    for text, fs, _ in recs:  # for review: unattributed figures beside a reporting verb
        for f in fs:
            if f["attribution"] is None and verbs.search(_sentence(text, f["start"])):
                print(f"  unattributed beside a source: {f['text']!r} in {text[:50]!r}")


if __name__ == "__main__":
    problems = check_brief()
    for p in problems:
        print("ERROR", p)
    if "--stats" in sys.argv:
        stats()
    sys.exit(1 if problems else run(CONFIG))
