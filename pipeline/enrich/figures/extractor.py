"""extract_figures: the numbers an article reports, typed, qualified and sourced.

A cheap scan finds the sentences holding a digit or a number word; only those
are tokenized. In each, numbers are read (digits, words, vague amounts,
ranges), the ones that are never figures are dropped (filters.py), the
counted noun is found (nouns.py), and a number without a noun becomes an
implicit count of people only when the context says so: an event cue right
next to it ("killing 12", "45 were killed"), or a qualifier or "another"
together with a category found in the sentence, in an earlier figure of the
sentence, or in the sentence before ("The UN expects at least 200,000"; before the
first sentence, the headline).

Field values: exact figures have low = high = value; at_least has low = value,
at_most has high = value, approx has neither; ranges and vague amounts have
value None and carry their bounds in low/high. Implicit figures have noun None.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from pipeline.enrich.text import Sentence
from pipeline.schema import Figure

from .attribution import find_reports
from .candidates import Cand, candidates
from .context import find_cues
from .counted import unit_and_category
from .links import relink
from .projection import projected, shares_projection
from .reports import Report, attribute
from .story import FieldContext, Headline, field_tokens
from .stretch import stretch_end
from .tokens import Tokens, lower_same_length

# The cheap scan: digits with str.find, number words with one regex whose
# leading character class lets the engine skip quickly to word starts.
_DIGITS = "0123456789"
_WORD_STEMS = (
    "billion|dozen|e(?:ight(?:een|y)?|leven)|f(?:i(?:ft(?:een|y)|ve)|o(?:rty|ur(?:teen)?))"
    "|hundred|million|nine(?:t(?:een|y))?|one|s(?:core|even(?:t(?:een|y))?|ix(?:t(?:een|y))?)"
    "|t(?:en|h(?:irt(?:een|y)|ousand|ree)|w(?:e(?:lve|nty)|o))"
)
_WORDS = re.compile(r"[ \n\"'(\[/-](?:" + _WORD_STEMS + r")(?![a-rt-z])")


def extract_figures(
    title: str,
    text: str,
    title_sentences: list[Sentence],
    text_sentences: list[Sentence],
) -> tuple[Figure, ...]:
    out: list[Figure] = []
    title_tokens: dict[int, Tokens] = {}  # the title's, shared with the headline's reading
    _field("title", title, title_sentences, out, title_tokens)
    headline = Headline(title, title_sentences, title_tokens) if title and title_sentences else None
    _field("text", text, text_sentences, out, {}, headline)
    return tuple(out)


def _field(
    field: str,
    text: str,
    sentences: list[Sentence],
    out: list[Figure],
    cache: dict[int, Tokens],  # tokens per sentence, made once per field
    headline: Headline | None = None,
) -> None:
    if not text or not sentences:
        return
    field_low = lower_same_length(text)
    for si in _scan(field_low, [s.start for s in sentences]):
        _sentence(field, text, field_low, sentences, si, out, cache, headline)


def _scan(low: str, starts: list[int]) -> list[int]:
    """Sorted indices of the sentences (by their start offsets) that hold a digit
    or a number-word stem in `low`."""
    found: set[int] = set()
    find = low.find
    last = len(starts) - 1
    for d in _DIGITS:
        i = find(d)
        while i != -1:
            si = bisect_right(starts, i) - 1
            found.add(si)
            if si >= last:
                break
            # One hit per sentence is enough: go on from the next sentence (a
            # fixed jump could skip a short sentence after a year).
            i = find(d, starts[si + 1])
    # a leading space so that a number word at offset 0 is found; m.start() is
    # then the word's own offset in `low`. One search per sentence with a word:
    # the next search starts at the next sentence.
    padded = " " + low
    search = _WORDS.search
    m = search(padded)
    while m is not None:
        si = max(0, bisect_right(starts, m.start()) - 1)
        found.add(si)
        if si >= last:
            break
        m = search(padded, starts[si + 1])
    if -1 in found:  # text before the first sentence goes with the first
        found.discard(-1)
        found.add(0)
    return sorted(found)


def _sentence(
    field: str,
    text: str,
    field_low: str | None,
    sentences: list[Sentence],
    si: int,
    out: list[Figure],
    cache: dict[int, Tokens],
    headline: Headline | None = None,
) -> None:
    tk = field_tokens(text, field_low, sentences, si, cache)
    cands = candidates(tk)
    if not cands:
        return
    cues = find_cues(tk)
    ctx = FieldContext(text, field_low, sentences, si, cache, headline)
    reports: list[Report] | None = None
    kept: list[tuple[Cand, str, str]] = []  # (candidate, unit, category)
    spans: list[tuple[int, int, int, int]] = []
    for idx, cand in enumerate(cands):
        lo = cands[idx - 1].end if idx > 0 else 0
        hi = stretch_end(tk, cands, idx)
        span = (lo, cand.start, cand.end, hi)
        typed = unit_and_category(tk, cues, cand, span, kept, ctx)
        if typed is None:
            continue
        unit, category = typed
        kept.append((cand, unit, category))
        spans.append(span)
    relink(tk, cues, kept)
    ahead = False  # the previous figure of the sentence is still to come
    for i, ((cand, unit, category), span) in enumerate(zip(kept, spans, strict=True)):
        if reports is None:
            reports = find_reports(tk)
        agent = attribute(reports, cand.start, cand.end)
        if agent is not None and agent.startswith("<"):
            agent = ctx.resolve(agent[1:-1], reports)
        ahead = projected(tk, span) or (
            ahead and shares_projection(tk, kept[i - 1][0].end, cand.start)
        )
        out.append(_figure(field, tk, cand, unit, category, ahead, agent))


def _figure(
    field: str,
    tk: Tokens,
    cand: Cand,
    unit: str,
    category: str,
    is_projected: bool,
    agent: str | None,
) -> Figure:
    num = cand.num
    qualifier = cand.qualifier or ("approx" if num.vague or num.approx else "exact")
    value, low, high = num.value, num.low, num.high
    if not num.vague and not num.is_range:
        if qualifier == "exact":
            low = high = value
        elif qualifier == "at_least":
            low = value
        elif qualifier == "at_most":
            high = value
    start = tk.starts[cand.start]
    end = tk.ends[cand.end - 1]
    return Figure(
        value=value,
        low=low,
        high=high,
        qualifier=qualifier,
        vague=num.vague,
        unit=unit,
        noun=cand.noun.text if cand.noun is not None else None,
        category=category,
        projected=is_projected,
        attribution=agent,
        field=field,
        start=start,
        end=end,
        text=tk.field_text[start:end],
    )
