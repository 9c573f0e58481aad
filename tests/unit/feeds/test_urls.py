from pipeline.feeds.urls import article_id, canonical_url, host_of, short_hash


def test_canonical_lowercases_scheme_and_host_drops_port_fragment():
    assert canonical_url("HTTPS://WWW.BBC.co.uk:443/News/A#top") == "https://www.bbc.co.uk/News/A"
    assert canonical_url("http://Example.com:80") == "http://example.com/"
    assert canonical_url("http://example.com:8080/x") == "http://example.com:8080/x"


def test_tracking_parameters_removed_meaningful_query_kept_and_sorted():
    url = "https://ex.com/a?utm_source=rss&id=7&fbclid=x&gclid=y&mc_cid=1&mc_eid=2&b=2&at_medium=RSS&ocid=z"
    assert canonical_url(url) == "https://ex.com/a?b=2&id=7"
    assert canonical_url("https://ex.com/a?cmpid=1&UTM_Campaign=2") == "https://ex.com/a"
    assert canonical_url("https://ex.com/a?q=a%20b&page=2") == "https://ex.com/a?page=2&q=a+b"


def test_relative_links_and_junk():
    assert canonical_url("/story/1", "https://ex.com/feed.xml") == "https://ex.com/story/1"
    assert canonical_url("javascript:alert(1)") is None
    assert canonical_url("mailto:a@b.c") is None
    assert canonical_url("http://[::1]:99999/") is None
    assert canonical_url("") is None
    assert canonical_url(None) is None


def test_ipv6_host_keeps_brackets():
    assert canonical_url("http://[2001:DB8::1]:80/x") == "http://[2001:db8::1]/x"


def test_host_of_strips_www():
    assert host_of("https://www.bbc.co.uk/news") == "bbc.co.uk"
    assert host_of("not a url") == ""


def test_article_id_prefers_canonical_url_then_guid_then_content():
    canon = "https://ex.com/a"
    import hashlib

    assert article_id(canon, "g", "t", "x") == hashlib.sha256(canon.encode()).hexdigest()[:16]
    assert article_id(None, "tag:ex.com,2024:1", "t", "x") == article_id(
        None, "tag:ex.com,2024:1", "u", "y"
    )
    assert article_id(None, "123", "t", "x", namespace="a.com") != article_id(
        None, "123", "t", "x", namespace="b.com"
    )
    assert article_id(None, None, "t", "x") == short_hash("content", "t", "x")
    assert len(article_id(None, None, "t", "x")) == 16


def test_same_story_two_tracking_variants_same_id():
    a = canonical_url("https://ex.com/a?utm_source=feed1")
    b = canonical_url("https://EX.com/a#comments")
    assert article_id(a, None, "", "") == article_id(b, None, "", "")
