"""Headlines as feeds deliver them, from the headline set: a counted noun and a verb that
gives its value ("IDPs top 3.5m", "crossings top 500,000", "toll nears 3,000"), which is
no ranking ("the top 10"), and a headline's arrests ("17 held after failed coup bid")."""

from __future__ import annotations

import pytest

from .support import figures, summary


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Myanmar: IDPs top 3.5m as fighting spreads - UN.", [("3.5m", "person", "displaced")]),
        ("Darien Gap crossings top 500,000 in record year.", [("500,000", "person", "displaced")]),
        (
            "Morocco earthquake: toll nears 3,000 as aid reaches Atlas villages.",
            [("3,000", "person", "killed")],
        ),
        ("Bolivia: 17 held after failed coup bid.", [("17", "person", "arrested")]),
        (
            "The top 10 countries host 2 million refugees.",
            [("2 million refugees", "person", "displaced")],
        ),
        (
            "About 300 people held a vigil after the attack.",
            [("About 300 people", "person", "other")],
        ),
    ],
)
def test_headline_counts(text, want):
    assert summary(text) == want


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Migrant boat sinks off Libya's Zuwara; 61 feared drowned - IOM.", "IOM"),
        ("Mogadishu beach attack: 32 killed in al-Shabaab raid - police.", "police"),
        ("Sudan war: RSF assault on Zamzam camp kills over 100 \u2013 UN", "UN"),
        # a topic before a colon is no source; a body is
        ("UK strikes: 500,000 workers walk out in biggest day of action.", None),
        ("Channel crossings: 882 migrants in a day, highest of year.", None),
        ("Health ministry: six dead in Khan Younis strike.", "Health ministry"),
        ("OCHA oPt: about 680,000 people have been displaced again.", "OCHA oPt"),
    ],
)
def test_a_headlines_source_after_its_dash_and_before_its_colon(text, source):
    got = figures(text)
    assert got and got[0].attribution == source


def test_a_hyphen_inside_a_name_closes_no_headline():
    got = figures("Fighters killed 12 soldiers near the base of pro-Kremlin forces.")
    assert [f.attribution for f in got] == [None]
