"""Hypothesis over the figure extractor and the whole enrich path: no exception escapes, no hang.

Inputs are built from the pieces the extractor reacts to (numbers in every spelling,
number words, qualifiers, units, nouns, event verbs, reporting phrases, punctuation and
odd Unicode) so the examples reach its deep paths, plus plain random text. The enrich path
is the agent's: Article JSON bytes -> decode -> enrich -> encode -> decode.
"""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline import codec
from pipeline.enrich import annotate, enrich
from pipeline.enrich.figures import extract_figures
from pipeline.enrich.text import normalise, split_sentences

from .support import article

EXAMPLES = 150
FUZZ = settings(max_examples=EXAMPLES, deadline=2000, suppress_health_check=[HealthCheck.too_slow])
SLOWEST_S = 2.0  # per example; the measured worst case is reported in the outcome table

PIECES = [
    "0", "1", "7", "12", "1,200", "1.200", "12,000,000", "3.5", "٣٠٠", "１２", "½", "10^9", "1e9",
    "9" * 60, "9" * 400, "1,,2", ",000", "2024", "1990s", "5th", "one", "two", "dozen", "dozens",
    "hundreds", "thousand", "tens of thousands", "a million", "1.5 million", "billion", "half",
    "a third",
    "about", "around", "nearly", "some", "at least", "more than", "over", "up to", "as many as",
    "fewer than", "between", "and", "to", "-", "–", "—", "or", "of", "%", "per cent", "people",
    "families", "households", "children", "civilians", "fighters", "soldiers", "homes",
    "houses", "latrines", "refugees", "were killed", "killed", "died", "injured", "wounded",
    "fled", "displaced", "evacuated", "missing", "kidnapped", "arrested", "returned", "sheltered",
    "in camps", "trapped", "expected", "could", "will", "the UN said", "said", "according to",
    "Save the Children", "officials", "reported", "(", ")", '"', "'", ",", ".", ";", ":", "?",
    "\n", "\n\n", " ", "\u200b", "\u202e", "\u00a0", "\ufeff", "é", "ß", "İ", "Ⅻ", "𝟘", "🙂",
    "Mr.", "U.S.", "No.", "p.m.", "1:30", "12/05/2024", "$5", "€3m", "#1", "&amp;", "<b>",
]  # fmt: skip
sentences = st.lists(st.sampled_from(PIECES), max_size=60).map(" ".join)
texts = st.one_of(sentences, st.text(max_size=400), sentences.map(lambda s: s * 3))
SLOWEST = {"extract": 0.0, "enrich": 0.0}


@FUZZ
@given(texts, texts)
def test_figure_extractor_never_raises_and_spans_index_the_text(title, text):
    started = time.perf_counter()
    t, x = normalise(title), normalise(text)
    figures = extract_figures(t, x, split_sentences(t), split_sentences(x))
    SLOWEST["extract"] = max(SLOWEST["extract"], time.perf_counter() - started)
    for f in figures:
        source = title if f.field == "title" else text
        assert 0 <= f.start <= f.end <= len(source)


@FUZZ
@given(texts, texts)
def test_enrich_path_never_raises_and_round_trips(title, text):
    if not (title.strip() or text.strip()):
        title = "x"
    started = time.perf_counter()
    decoded = codec.decode_article(codec.encode(article(title, text)))
    record = enrich(decoded, revision=0, enriched_at="2025-01-01T00:00:00Z")
    back = codec.decode(codec.encode(record))
    SLOWEST["enrich"] = max(SLOWEST["enrich"], time.perf_counter() - started)
    assert back["id"] == decoded.id and back["text"] == text
    assert annotate(decoded) == annotate(decoded)  # deterministic
    for f in back["figures"]:
        assert 0 <= f["start"] <= f["end"] <= len(back[f["field"]])


@pytest.fixture(scope="module", autouse=True)
def _report(reliability):
    enrich(article("warm", "up"), enriched_at="2025-01-01T00:00:00Z")  # rules and gazetteer
    yield
    reliability.add(
        "input",
        "fuzz: figure extractor and enrich path",
        f"hypothesis, {EXAMPLES} examples each: number/qualifier/unit/noun/verb pieces and "
        "random Unicode, through extract_figures and Article bytes -> enrich -> JSON",
        f"no exception, spans inside the text; slowest example {SLOWEST['extract'] * 1000:.0f} "
        f"ms (extractor), {SLOWEST['enrich'] * 1000:.0f} ms (enrich), deadline 2 s",
    )
