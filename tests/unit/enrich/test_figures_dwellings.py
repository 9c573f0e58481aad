"""Tents, tukuls and huts are homes: destroyed, burned, flooded, torn down or swept away,
they are housing lost, though counted like goods; delivered or pitched, they stay what
they were (dev17, dev102, dev296, dev368 and others: 314 to 6 in the sets)."""

from __future__ import annotations

import pytest

from .support import summary


@pytest.mark.parametrize(
    "text",
    [
        "About 60 tents were burned.",
        "Storms damaged or destroyed more than 11,000 tents in the camps last winter.",
        "About 600 tents in the valley were swept away or collapsed under snow.",
        "Rain flooded or tore down about 10,000 tents sheltering displaced families.",
        "A fire swept through the camp, burning 15 tents, camp officials said.",
    ],
)
def test_dwellings_ruined_are_housing(text):
    assert [f[2] for f in summary(text)] == ["housing"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("UNHCR delivered 500 tents to the camp.", "aid"),
        # goods ruined are goods lost, not homes
        ("The flood swept away 300 cars.", "other"),
    ],
)
def test_dwellings_given_and_goods_ruined_keep_their_category(text, want):
    assert [f[2] for f in summary(text)] == [want]
