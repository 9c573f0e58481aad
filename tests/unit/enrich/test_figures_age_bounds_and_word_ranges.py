"""Numbers that are no figures, from the conscription set: people bound by age ("men over
25", "men aged over 50", "every man between 18 and 50"), a price in a currency of two
capitalised words ("50,000 South Sudanese pounds") and a term whose range mixes a word and
digits ("five to 12 years in prison"). The people the sentences count stay counted."""

from __future__ import annotations

import pytest

from .support import summary


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The dead include more than 4,000 men aged over 50, the outlets said.",
            [("more than 4,000 men", "person", "killed")],
        ),
        ("The Cabinet has proposed ending deferments for men over 25 in part-time courses.", []),
        ("Men under 25 cannot be mobilised, the ministry said.", []),
        (
            '"They wrote down the names of every man between 18 and 50," said a farmer.',
            [],
        ),
        (
            "About 70 were released after their families paid 50,000 South Sudanese pounds each.",
            [("About 70", "person", "other")],
        ),
        ("Desertion carries five to 12 years in prison under the criminal code.", []),
    ],
)
def test_age_bounds_two_word_currencies_and_mixed_terms_are_no_figures(text, want):
    assert summary(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Police detained 40 men over two days.", [("40 men", "person", "arrested")]),
        ("Some 5 to 6 people were killed.", [("Some 5 to 6 people", "person", "killed")]),
        (
            "The army called up 300 men over the weekend.",
            [("300 men", "person", "combatants")],
        ),
    ],
)
def test_counts_beside_bounds_and_ranges_stay_figures(text, want):
    assert summary(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "It is the deadliest shooting since the March 15, 2019 mosque attacks, in which 51"
            " people were killed.",
            [("51 people", "person", "killed")],
        ),
        ("The attack came a year after the 11 September, 2001 attacks, police said.", []),
        ("By March 15, 2,019 people had fled.", [("2,019 people", "person", "displaced")]),
    ],
)
def test_a_year_after_a_day_and_month_and_a_comma_is_a_date(text, want):
    assert summary(text) == want
