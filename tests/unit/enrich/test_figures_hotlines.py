"""Numbers people are told to call, durations with "more" and ages given as bounds are no
counts: "call 211", "the hotline, 0 800 330 187", "888-991-4262", "three more days",
"residents are over 60"; the counts beside them still are."""

from __future__ import annotations

import pytest

from .support import figures


@pytest.mark.parametrize(
    "text",
    [
        "Residents who need help leaving can call the regional evacuation hotline, 0 800 330 187.",
        "People needing transport to a shelter should call 888-991-4262.",
        "Residents can find open shelters by calling 211.",
        "Egeland said the operation could take three more days if the weather held.",
        "UNICEF said children are one in five of those crossing, about half of them under five.",
        "The council says 40 percent of collective centre residents are over 60.",
    ],
)
def test_hotlines_durations_and_ages_are_no_figures(text):
    assert figures(text) == ()


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Some 0,5 million people fled the fighting.", 500_000),
        ("About 0.5 million people fled the fighting.", 500_000),
        ("More than 300 people were over the border by dawn.", 300),
        ("Call centres received 2,000 calls from 1,500 families, officials said.", 1500),
    ],
)
def test_the_counts_beside_them_stay(text, value):
    assert value in [f.value for f in figures(text)]
