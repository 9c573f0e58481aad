"""How bench/quality.py compares a predicted source with the gold one (eval/README.md,
section 3): the same source written two ways is the same source."""

from __future__ import annotations

import pytest

from bench.quality_figures import norm_attribution


@pytest.mark.parametrize(
    ("predicted", "gold"),
    [
        (
            "the National Emergency Management Agency (NEMA)",
            "The National Emergency Management Agency",
        ),
        ("Inter Services Public Relations", "Inter Services Public Relations (ISPR)"),
        ("the  UN", "UN"),
    ],
)
def test_case_spaces_a_leading_the_and_a_bracketed_acronym_do_not_count(predicted, gold):
    assert norm_attribution(predicted) == norm_attribution(gold)


@pytest.mark.parametrize(
    ("predicted", "gold"),
    [
        # a bracket that is no acronym is part of the name
        ("the Inspector General of Police (Bastar range)", "the Inspector General of Police"),
        ("UNHCR", "OCHA"),
    ],
)
def test_other_differences_still_count(predicted, gold):
    assert norm_attribution(predicted) != norm_attribution(gold)


def test_no_source_is_none():
    assert norm_attribution(None) is None
