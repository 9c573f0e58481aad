"""Hypothesis over the parser and the sniffer: no exception escapes, no hang."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.errors import InputError
from pipeline.feeds.parse import parse_feed
from pipeline.feeds.sniff import articles_from_bytes

from .samples import ATOM, JSON_FEED, RDF, RSS

SEEDS = [s.encode() for s in (RSS, ATOM, RDF, JSON_FEED)]
FUZZ = settings(max_examples=150, deadline=2000, suppress_health_check=[HealthCheck.too_slow])


@st.composite
def mutated(draw):
    """Real feeds with bytes cut, inserted and flipped: close to valid, so deep paths run."""
    doc = bytearray(draw(st.sampled_from(SEEDS)))
    for _ in range(draw(st.integers(0, 6))):
        pos = draw(st.integers(0, len(doc)))
        op = draw(st.sampled_from(["cut", "insert", "flip"]))
        if op == "cut":
            del doc[pos : pos + draw(st.integers(1, 40))]
        elif op == "insert":
            doc[pos:pos] = draw(
                st.sampled_from(
                    [
                        b"<",
                        b"&",
                        b"]]>",
                        b"<!ENTITY x 'y'>",
                        b"\xff\xfe",
                        b"<script>",
                        b"\x00",
                        b'"',
                        b"{",
                        b"&#xD800;",
                    ]
                )
            )
        elif pos < len(doc):
            doc[pos] ^= draw(st.integers(1, 255))
    return bytes(doc)


inputs = st.one_of(st.binary(max_size=2000), mutated(), st.text(max_size=500).map(str.encode))


@FUZZ
@given(inputs)
def test_parse_feed_never_raises(body):
    parsed = parse_feed(body, feed_url="https://fuzz.test/feed", fetched_at="2024-01-01T00:00:00Z")
    for a in parsed.articles:
        assert a.title or a.text
        assert "<script" not in a.text.lower()
        assert len(a.id) == 16


@FUZZ
@given(inputs)
def test_articles_from_bytes_raises_only_input_error(body):
    try:
        articles = articles_from_bytes(body, origin="fuzz", fetched_at="2024-01-01T00:00:00Z")
    except InputError:
        return
    assert all(a.id for a in articles)


@pytest.fixture(scope="module", autouse=True)
def _report(reliability):
    yield
    reliability.add(
        "input",
        "fuzz: feed parser and sniffer",
        "hypothesis, 150 examples each: random bytes, random text, real RSS/Atom/RDF/JSON "
        "feeds with bytes cut, flipped and inserted (<, &, entities, NUL, BOMs, <script>)",
        "no exception escapes (parse_feed; replay raises only InputError), every article has "
        "a 16-hex id and no <script in its text; deadline 2 s per example",
    )
