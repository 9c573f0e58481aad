"""Headlines as feeds deliver them, from the headline set: a counted noun and a verb that
gives its value ("IDPs top 3.5m", "crossings top 500,000", "toll nears 3,000"), which is
no ranking ("the top 10"), and a headline's arrests ("17 held after failed coup bid")."""

from __future__ import annotations

import pytest

from .support import summary


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
