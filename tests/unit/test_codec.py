"""The codec: Articles round-trip; bad records are InvalidRecord, never a crash."""

from __future__ import annotations

import pytest

from pipeline import codec
from pipeline.codec import decode_article, encode, to_dict
from pipeline.errors import InvalidRecord
from pipeline.schema import Article, Source


def _article(**kw) -> Article:
    base = dict(
        id="0123456789abcdef", url="https://example.org/a", canonical_url="https://example.org/a",
        guid=None, source=Source("https://example.org/feed", "example.org", "Example"),
        title="Title", text="Body", language="en", published_at=None,
        fetched_at="2026-01-01T00:00:00Z",
    )  # fmt: skip
    base.update(kw)
    return Article(**base)


def test_article_round_trips_through_the_codec():
    article = _article()
    assert decode_article(encode(article)) == article
    assert to_dict(article)["schema"] == "newswire.article.v1"


@pytest.mark.parametrize(
    ("payload", "message"),
    [
        (b"\xff\xfe not utf-8", "not valid JSON"),
        (b"{not json", "not valid JSON"),
        (b"[1, 2]", "JSON object"),
        (b'{"title": "t", "fetched_at": "x", "source": {}}', "'id'"),
        (b'{"id": "a", "title": "t", "fetched_at": "x"}', "source"),
        (b'{"id": "a", "source": {}, "fetched_at": "x"}', "neither title nor text"),
        (b'{"id": 5, "title": "t", "source": {}, "fetched_at": "x"}', "must be a string"),
        (b'{"id": "a", "title": "t", "source": {}, "fetched_at": "x", "schema": "v9"}', "schema"),
    ],
)
def test_bad_records_raise_invalid_record(payload, message):
    with pytest.raises(InvalidRecord, match=message):
        decode_article(payload)


def test_integers_beyond_64_bits_encode_as_floats_not_errors():
    # A story may print a 60-digit number; its figure must not make the record unencodable.
    data = codec.decode(codec.encode({"a": 10**30, "b": [10**400, 5, True], "c": -(10**20)}))
    assert data == {"a": 1e30, "b": [None, 5, True], "c": -1e20}
