"""The numbers of anniversaries and memorials: who is counted (liquidators, veterans,
marchers, forensic experts) and what (coffins, claims, photographs, recommendations,
organisations, monuments); a crowd that gathers at a memorial, lays flowers or turns out is
counted as a crowd, not as the dead it mourns ("attended" is left out: it also closes
clauses about a count told before, "the 5,000 who attended the concert")."""

from __future__ import annotations

import pytest

from .support import sourced


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "About 600,000 liquidators were sent to clean up after the disaster.",
            "About 600,000 liquidators",
        ),
        ("Some 2,000 veterans marched past the memorial on Sunday.", "Some 2,000 veterans"),
        ("A team of 23 forensic experts worked at the site for two years.", "23 forensic experts"),
        ("The board has received more than 10,000 claims since 2019.", "more than 10,000 claims"),
        ("The commission made 44 recommendations in its final report.", "44 recommendations"),
        (
            "The archive holds more than 1,500 photographs of the camp.",
            "more than 1,500 photographs",
        ),
        ("Nineteen coffins were lowered into the ground in Potocari.", "Nineteen coffins"),
    ],
)
def test_what_an_anniversary_counts_is_found(text, span):
    assert span in [f[0] for f in sourced(text)]


@pytest.mark.parametrize(
    "text",
    [
        "About 3,000 people gathered at the monument to the victims of the chemical attack.",
        "Several hundred people laid flowers at the mass grave where 116 bodies were found.",
        "More than 250,000 people turned out for the march in memory of the victims.",
    ],
)
def test_a_crowd_that_mourns_is_counted_as_a_crowd(text):
    assert sourced(text)[0][1] == "other"
