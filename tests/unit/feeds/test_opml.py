# ruff: noqa: E501  (the OPML document is data)
import argparse

import pytest

from pipeline.errors import InputError
from pipeline.feeds.cli import cmd_feeds_import_opml
from pipeline.feeds.feedsfile import load_feeds
from pipeline.feeds.opml import feeds_from_opml
from pipeline.settings import Settings

OPML = b"""<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0"><head><title>subs</title></head><body>
<outline text="World">
  <outline type="rss" text="BBC World" title="BBC World" xmlUrl="https://feeds.bbci.co.uk/news/world/rss.xml"/>
  <outline type="rss" text="UN" xmlUrl="https://news.un.org/feed/subscribe/en/news/all/rss.xml" category="/un,/humanitarian"/>
</outline>
<outline type="rss" text="Dup" xmlUrl="https://feeds.bbci.co.uk/news/world/rss.xml"/>
<outline type="rss" text="Local" xmlUrl="file:///etc/passwd"/>
<outline type="rss" text="No folder" xmlUrl="https://x.test/rss"/>
</body></opml>"""


def test_opml_to_feeds():
    feeds = feeds_from_opml(OPML)
    assert [f.url for f in feeds] == [
        "https://feeds.bbci.co.uk/news/world/rss.xml",
        "https://news.un.org/feed/subscribe/en/news/all/rss.xml",
        "https://x.test/rss",
    ]
    assert feeds[0].name == "BBC World" and feeds[0].tags == ("World",)
    assert feeds[1].tags == ("World", "un", "humanitarian")
    assert feeds[2].tags == ()


def test_opml_entities_refused_or_stripped_never_expanded():
    laughs = b"""<?xml version="1.0"?><!DOCTYPE o [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>
<opml version="2.0"><body><outline text="&b;" xmlUrl="https://x.test/rss"/></body></opml>"""
    with pytest.raises(InputError):
        feeds_from_opml(laughs)
    xxe = b"""<?xml version="1.0"?><!DOCTYPE o [<!ENTITY x SYSTEM "file:///etc/passwd">]>
<opml><body><outline text="&x;" xmlUrl="https://x.test/rss"/></body></opml>"""
    with pytest.raises(InputError):
        feeds_from_opml(xxe)


def test_broken_opml():
    with pytest.raises(InputError, match="not well-formed"):
        feeds_from_opml(b"<opml><body><outline")


def test_cli_writes_loadable_toml(tmp_path, capsys):
    src = tmp_path / "subs.opml"
    src.write_bytes(OPML)
    out = tmp_path / "feeds.toml"
    args = argparse.Namespace(file=str(src), output=str(out))
    assert cmd_feeds_import_opml(args, Settings()) == 0
    assert len(load_feeds(out)) == 3
    args = argparse.Namespace(file=str(src), output=None)
    assert cmd_feeds_import_opml(args, Settings()) == 0
    assert capsys.readouterr().out.count("[[feed]]") == 3


def test_cli_refuses_to_overwrite_a_feeds_file_without_force(tmp_path):
    src = tmp_path / "subs.opml"
    src.write_bytes(OPML)
    out = tmp_path / "feeds.toml"
    out.write_text("# my hand-written feeds\n")
    args = argparse.Namespace(file=str(src), output=str(out), force=False)
    with pytest.raises(InputError, match="exists: choose another -o, or add --force"):
        cmd_feeds_import_opml(args, Settings())
    assert out.read_text() == "# my hand-written feeds\n"
    args = argparse.Namespace(file=str(src), output=str(out), force=True)
    assert cmd_feeds_import_opml(args, Settings()) == 0
    assert len(load_feeds(out)) == 3
