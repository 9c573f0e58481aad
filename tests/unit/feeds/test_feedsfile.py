import pytest

from pipeline.errors import ConfigError
from pipeline.feeds.feedsfile import (
    FeedConfig,
    default_feeds_path,
    dump_feeds,
    feeds_from_data,
    in_shard,
    load_feeds,
    parse_shard,
    shard_of,
)


def test_default_feeds_file_is_valid_and_real():
    feeds = load_feeds(default_feeds_path())
    assert 15 <= len(feeds) <= 25
    assert all(f.url.startswith("https://") and f.name for f in feeds)
    assert any("bbc" in f.url for f in feeds) and any("reliefweb" in f.url for f in feeds)


def test_load_and_roundtrip(tmp_path):
    path = tmp_path / "feeds.toml"
    path.write_text(
        '[[feed]]\nurl = "https://a.test/rss"\nname = "A \\"q\\""\ninterval = "15m"\ntags = ["x"]\n'
        '[[feed]]\nurl = "https://b.test/rss"\nenabled = false\ninterval = 120\n'
        '[[feed]]\nurl = "https://a.test/rss"\n'
    )
    feeds = load_feeds(path)
    assert feeds == [
        FeedConfig("https://a.test/rss", 'A "q"', 900.0, ("x",), True),
        FeedConfig("https://b.test/rss", None, 120.0, (), False),
    ]
    (tmp_path / "again.toml").write_text(dump_feeds(feeds, header="x"))
    assert load_feeds(tmp_path / "again.toml") == feeds


@pytest.mark.parametrize(
    "data,message",
    [
        ({"feed": [{"url": "ftp://x"}]}, "http"),
        ({"feed": [{"url": "https://x", "bogus": 1}]}, "unknown"),
        ({"feed": [{"url": "https://x", "interval": "soon"}]}, "interval"),
        ({"feed": [{"url": "https://x", "tags": "a"}]}, "tags"),
        ({"feed": {"url": "x"}}, "array"),
    ],
)
def test_bad_entries(data, message):
    with pytest.raises(ConfigError, match=message):
        feeds_from_data(data, "f.toml")


def test_missing_and_invalid_files(tmp_path):
    with pytest.raises(ConfigError, match="cannot read"):
        load_feeds(tmp_path / "nope.toml")
    (tmp_path / "bad.toml").write_text("[[feed]\n")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_feeds(tmp_path / "bad.toml")


def test_shards_partition_the_feeds():
    urls = [f"https://f{i}.test/rss" for i in range(200)]
    parts = [[u for u in urls if in_shard(u, (i, 3))] for i in range(3)]
    assert sorted(u for part in parts for u in part) == sorted(urls) and all(parts)
    assert shard_of("https://a.test/", 7) == shard_of("https://a.test/", 7)
    assert parse_shard("1/3") == (1, 3)
    for bad in ("3/3", "x", "1/0", "-1/2"):
        with pytest.raises(ConfigError):
            parse_shard(bad)
