"""A time of day that ends on "a.m." or "p.m." ends no name: "left the road at 8.30 a.m.
Deputy Commissioner Ashutosh Garg said 11 ..." is the commissioner's count, without the
time's full stop, while "The U.N. said" keeps its dotted name."""

from __future__ import annotations

import pytest

from .support import sourced


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "The bus left the road at around 8.30 a.m. Deputy Commissioner Ashutosh Garg said "
            "11 of the injured had been referred to the hospital.",
            "Deputy Commissioner Ashutosh Garg",
        ),
        ("The blast came at 9 p.m. Police said 11 people were injured.", "Police"),
        ("The U.N. said 11 people were injured.", "the U.N."),
    ],
)
def test_a_time_of_day_ends_no_name(text, source):
    assert [a for _, _, a in sourced(text)] == [source]
