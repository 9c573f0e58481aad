"""What mine action counts: monitors, sappers and specialists are people; submunitions,
bomblets, minefields, leaflets, orthoses and the rats that sniff out mines are counted
things."""

from __future__ import annotations

import pytest

from .support import summary


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The SMM has about 700 monitors in Ukraine.", ("about 700 monitors", "person")),
        ("The service has deployed about 2,500 sappers.", ("about 2,500 sappers", "person")),
        ("UNMAS has only 24 specialists in the strip.", ("24 specialists", "person")),
        ("Teams have so far cleared about 27,000 bomblets.", ("about 27,000 bomblets", "other")),
        (
            "The HALO Trust has cleared more than 1,000 minefields in Angola.",
            ("more than 1,000 minefields", "other"),
        ),
        (
            "Israel fired as many as 4 million submunitions in the war.",
            ("as many as 4 million submunitions", "other"),
        ),
        (
            "The UN handed out some 60,000 leaflets on the dangers of explosive remnants.",
            ("some 60,000 leaflets", "other"),
        ),
        ("APOPO has more than 100 rats working in the country.", ("more than 100 rats", "other")),
    ],
)
def test_what_mine_action_counts_is_counted(text, want):
    assert want in [(span, unit) for span, unit, _ in summary(text)]
