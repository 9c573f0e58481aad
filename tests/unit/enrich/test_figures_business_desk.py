"""What the business desk counts: companies, firms, farms and stations are counted things;
restaurants, malls, outlets, workshops and bakeries are premises (structures); a refinery's
operators are people."""

from __future__ import annotations

import pytest

from .support import summary


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "More than 1,000 Western companies have curtailed operations in Russia.",
            ("More than 1,000 Western companies", "other"),
        ),
        (
            "About 400 dairy farms closed in Argentina last year.",
            ("About 400 dairy farms", "other"),
        ),
        (
            "The syndicate said about 1,500 of the country's 3,100 stations had closed.",
            ("3,100 stations", "other"),
        ),
        (
            "More than 4,000 restaurants have closed across Lebanon since 2019.",
            ("More than 4,000 restaurants", "structure"),
        ),
        ("Managers said 46 outlets were emptied by looters.", ("46 outlets", "structure")),
        (
            "About 300 operators still report for work at the refinery.",
            ("About 300 operators", "person"),
        ),
    ],
)
def test_what_the_business_desk_counts_is_counted(text, want):
    assert want in [(span, unit) for span, unit, _ in summary(text)]
