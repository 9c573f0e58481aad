import time

import pytest

from pipeline.errors import InputError
from pipeline.feeds.parse import parse_feed
from pipeline.feeds.sniff import articles_from_bytes

from .samples import ATOM, BILLION_LAUGHS, JSON_FEED, MALFORMED, RDF, RSS, XXE

AT = "2024-06-01T00:00:00Z"


def parse(body, url="https://www.example.org/feed.xml", **kw):
    if isinstance(body, str):
        body = body.encode("utf-8")
    return parse_feed(body, feed_url=url, fetched_at=AT, **kw)


def test_rss_entries_to_articles():
    p = parse(RSS, feed_name="Configured")
    assert p.error is None and p.format == "rss20" and p.ttl == 1800 and p.title == "Example World"
    a, b = p.articles
    assert a.title == "Fighting & flight"
    assert a.text == "First para.\n\nSecond é para."
    assert "steal" not in a.text and "<" not in a.text
    assert a.canonical_url == "https://www.example.org/a1?id=1"
    assert a.url.startswith("https://www.example.org/a1?utm_source=rss")
    assert a.guid == "a1"
    assert a.published_at == "2016-10-17T08:00:00Z"
    assert a.language == "en"
    assert a.fetched_at == AT
    assert a.source.feed == "https://www.example.org/feed.xml"
    assert a.source.domain == "example.org" and a.source.name == "Configured"
    assert b.published_at is None  # never invented
    assert b.canonical_url == "https://www.example.org/relative/a2"
    assert len({a.id, b.id}) == 2 and all(len(x.id) == 16 for x in p.articles)


def test_ids_are_stable_across_parses():
    assert [a.id for a in parse(RSS).articles] == [a.id for a in parse(RSS).articles]


def test_atom_content_preferred_html_title_stripped_dates_to_utc():
    p = parse(ATOM, url="https://atom.example.net/feed")
    (a,) = p.articles
    assert p.format == "atom10"
    assert a.title == "Hello Atom"
    assert a.text == "Long content\n\nsecond"
    assert a.published_at == "2024-03-01T17:00:00Z"
    assert a.language == "fr"
    assert a.guid == "tag:atom.example.net,2024:1"


def test_rdf():
    p = parse(RDF, url="https://rdf.example.com/rss")
    (a,) = p.articles
    assert p.format.startswith("rss10")
    assert (a.title, a.text, a.published_at) == ("RDF item", "RDF body", "2024-05-06T07:08:09Z")
    assert a.source.domain == "rdf.example.com"


def test_json_feed():
    p = parse(JSON_FEED, url="https://json.example.com/feed.json")
    assert p.format == "json" and p.title == "JSON Example"
    one, two = p.articles  # the empty item and the non-object are skipped
    assert one.text == "Hi there" and one.canonical_url == "https://json.example.com/1"
    assert one.published_at == "2024-01-02T02:04:05Z" and one.language == "es"
    assert two.text == "Plain" and two.published_at is None and two.canonical_url is None


def test_json_that_is_not_a_feed():
    assert parse(b'{"hello": 1}').error == "JSON, but not a JSON Feed"
    assert parse(b"{nope").error.startswith("invalid JSON")


def test_billion_laughs_not_expanded_and_fast():
    started = time.monotonic()
    p = parse(BILLION_LAUGHS)
    assert time.monotonic() - started < 2
    (a,) = p.articles  # the references stay unexpanded text, never a megabyte of "lol"
    assert "lollol" not in a.title + a.text and len(a.title + a.text) < 100
    assert any("DOCTYPE" in w for w in p.warnings)


def test_billion_laughs_in_utf16_is_also_caught():
    body = BILLION_LAUGHS.replace(
        '<?xml version="1.0"?>', '<?xml version="1.0" encoding="utf-16"?>'
    )
    p = parse(body.encode("utf-16"))
    assert all("lollol" not in a.title + a.text for a in p.articles)


def test_external_entities_never_resolved():
    p = parse(XXE)
    (a,) = p.articles
    assert "root:" not in a.title + a.text
    assert "Secret" in a.title


def test_declared_utf8_but_latin1():
    body = RSS.replace("Second &eacute; para", "Second \u00e9 para").encode("latin-1")
    (a, _) = parse(body).articles
    assert a.text.endswith("Second é para.")


def test_declared_latin1_but_utf8():
    body = RSS.replace('encoding="utf-8"', 'encoding="iso-8859-1"').replace("&eacute;", "\u00e9")
    (a, _) = parse(body.encode("utf-8")).articles
    assert "Second é para." in a.text and "Ã" not in a.text


def test_http_charset_header_wrong():
    body = RSS.replace("&eacute;", "\u00e9").encode("utf-8")
    (a, _) = parse(body, headers={"Content-Type": "text/xml; charset=windows-1252"}).articles
    assert "é" in a.text


def test_malformed_xml_salvaged_with_bozo():
    p = parse(MALFORMED)
    assert p.bozo and [a.title for a in p.articles][:1] == ["Kept despite errors"]


@pytest.mark.parametrize(
    "body",
    [
        b"",
        b"   ",
        b"<html><body>not a feed</body></html>",
        b"\x00\x01\x02garbage",
        b"/etc/passwd",
        b"<rss",
        b"\xff\xfe\x00\x00",
        b"[1,2",
    ],
)
def test_garbage_never_raises(body):
    p = parse(body)
    assert p.articles == [] and p.error


def test_unknown_declared_encoding_is_ignored():
    body = RSS.replace('encoding="utf-8"', 'encoding="bogus-enc"')
    assert len(parse(body).articles) == 2


def test_body_that_looks_like_a_path_is_not_opened():
    # feedparser.parse(b"/etc/passwd") would read the file; we never hand it a path.
    assert parse(b"/etc/passwd").articles == []


def test_entry_without_title_or_text_skipped_and_duplicates_once():
    body = (
        '<rss version="2.0"><channel><title>t</title><item><link>https://x.com/1</link></item>'
        "<item><title>A</title><link>https://x.com/2</link></item>"
        "<item><title>A again</title><link>https://x.com/2#dup</link></item></channel></rss>"
    )
    assert [a.title for a in parse(body).articles] == ["A"]


def test_absurd_dates_are_null():
    body = RSS.replace("Mon, 17 Oct 2016 10:00:00 +0200", "Sat, 01 Jan 0001 00:00:00 GMT")
    assert parse(body).articles[0].published_at is None


# -- articles_from_bytes (replay) ------------------------------------------------


def fb(body, origin="seeds/x"):
    return articles_from_bytes(
        body if isinstance(body, bytes) else body.encode(), origin=origin, fetched_at=AT
    )


def test_sniff_xml_regardless_of_extension():
    assert [a.title for a in fb(RSS, "seeds/feed.txt")] == ["Fighting & flight", "No date item"]
    assert len(fb(ATOM)) == 1 and len(fb(RDF)) == 1


def test_sniff_json_feed_record_list_and_lines():
    assert len(fb(JSON_FEED)) == 2
    rec = {"id": "abc", "title": "T", "text": "<b>X</b>", "source": {"feed": "f", "domain": "d"}}
    (a,) = fb(__import__("json").dumps(rec))
    assert (a.id, a.text, a.fetched_at) == ("abc", "X", AT)
    two = fb('[{"title": "A", "url": "https://a.com/x?utm_source=1"}, {"title": "B", "text": "b"}]')
    assert two[0].canonical_url == "https://a.com/x" and len(two[0].id) == 16
    assert two[1].source.feed == "seeds/x"
    lines = fb('{"title": "A"}\n\n{"title": "B", "id": "keep"}\n')
    assert [a.id for a in lines][1] == "keep"


def test_sniff_plain_text():
    (a,) = fb("My title\n\nFirst para.\n\nSecond para.\n", "seeds/s.txt")
    assert (a.title, a.text, a.source.feed, a.published_at) == (
        "My title",
        "First para.\n\nSecond para.",
        "seeds/s.txt",
        None,
    )
    assert a.id == fb("My title\n\nFirst para.\n\nSecond para.\n", "other")[0].id


@pytest.mark.parametrize(
    "body,reason",
    [
        (b"", "empty"),
        (b"\x00\x00\x00\x01\x02", "binary"),
        (b'{"title": 1}', "title"),
        (b'{"title": "a"}\n{oops', "line 2"),
        (b"<html><body>x</body></html>", "unreadable"),
        (b"[1]", "object"),
    ],
)
def test_sniff_errors_are_input_errors(body, reason):
    with pytest.raises(InputError, match=reason):
        fb(body)


def _rss(items: str) -> bytes:
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>'
        f"<link>https://news.test/</link>{items}</channel></rss>"
    ).encode()


def test_live_blog_posts_sharing_a_link_with_their_own_guids_stay_apart():
    items = "".join(
        f"<item><title>Update {i}</title><link>https://news.test/live/war#post-{i}</link>"
        f"<guid isPermaLink='false'>post-{i}</guid><description>Post {i}.</description></item>"
        for i in range(3)
    )
    # the same post listed twice is still one story
    items += (
        "<item><title>Update 0</title><link>https://news.test/live/war#post-0</link>"
        "<guid isPermaLink='false'>post-0</guid><description>Post 0.</description></item>"
    )
    articles = parse(_rss(items)).articles
    assert [a.title for a in articles] == ["Update 0", "Update 1", "Update 2"]
    assert len({a.id for a in articles}) == 3


def test_entries_sharing_a_link_without_guids_are_one_story():
    items = "".join(
        f"<item><title>Release {i}</title><link>https://news.test/press</link>"
        f"<description>Release {i}.</description></item>"
        for i in range(2)
    )
    assert len(parse(_rss(items)).articles) == 1
