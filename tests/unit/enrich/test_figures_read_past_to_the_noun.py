"""Between a number and its noun the extractor reads past an adverb before a modifier ("200
critically wounded people") and a name's acronym in brackets ("Nine New People's Army (NPA)
rebels"), as it reads past a model's code or letters with points."""

from __future__ import annotations

import pytest

from .support import summary


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Egeland said about 200 critically wounded people were waiting for a pause.",
            [("about 200 critically wounded people", "person", "injured")],
        ),
        (
            "About 40 seriously injured civilians were evacuated.",
            [("About 40 seriously injured civilians", "person", "injured")],
        ),
        (
            "Nine New People's Army (NPA) rebels were killed in a clash with troops.",
            [("Nine New People's Army (NPA) rebels", "person", "killed")],
        ),
        (
            "Police detained 12 Kurdistan Workers' Party (PKK) members.",
            [("12 Kurdistan Workers' Party (PKK) members", "person", "arrested")],
        ),
    ],
)
def test_the_noun_is_found_past_an_adverb_or_an_acronym(text, want):
    assert summary(text) == want


def test_codes_and_dotted_names_are_still_read_past():
    got = summary("About 3,000 U.S. troops arrived with 23 AK-47 rifles.")
    assert [t for t, _, _ in got] == ["About 3,000 U.S. troops", "23 AK-47 rifles"]
