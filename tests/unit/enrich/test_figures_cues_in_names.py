"""A cue word inside a name ("the Displacement Tracking Matrix", "the Norwegian Refugee
Council") says what its body counts only as weakly as a noun would: the counted noun and the
sentence's own verbs win, and where nothing else speaks the name still does."""

from __future__ import annotations

import pytest

from .support import categories


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "IOM's Displacement Tracking Matrix counted about 95,000 returnees in Sinjar.",
            "returned",
        ),
        ("The Norwegian Refugee Council said 3,000 families had returned to Marte.", "returned"),
        ("The Martyrs Foundation put the toll at about 1,000.", "killed"),
    ],
)
def test_a_cue_in_a_name_yields_to_the_noun_and_the_verbs(text, want):
    assert categories(text) == [want]
