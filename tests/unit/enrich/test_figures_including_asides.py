"""An "including" aside that names a part of a count may list more than one part before its
comma ("101 civilians, including 17 children and a six-month-old baby, had been evacuated",
"including 56 children and 12 women,"): the verb after it is the whole count's, and the
parts'. So does an "among them" aside ("11 villagers, among them two women, had been
killed"). An aside with a verb of its own closes no such list."""

from __future__ import annotations

import pytest

from .support import summary


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Officials said that 101 civilians, including 17 children and a six-month-old baby, "
            "had been evacuated from the steel plant.",
            [
                ("101 civilians", "person", "displaced"),
                ("17 children", "person", "displaced"),
            ],
        ),
        (
            "At least 52 civilians, including 20 children and 12 women, were killed in the raid.",
            [
                ("At least 52 civilians", "person", "killed"),
                ("20 children", "person", "killed"),
                ("12 women", "person", "killed"),
            ],
        ),
    ],
)
def test_the_verb_after_an_including_list_is_the_counts(text, want):
    assert summary(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "At least 11 villagers, among them two women, had been killed, they said.",
            [("At least 11 villagers", "person", "killed"), ("two women", "person", "killed")],
        ),
        (
            "More than 400 politicians, among them three former chief ministers, are under house "
            "arrest.",
            [("More than 400 politicians", "person", "arrested")],
        ),
    ],
)
def test_an_among_them_aside_passes_the_verb_after_it_to_the_whole(text, want):
    got = summary(text)
    for figure in want:
        assert figure in got
