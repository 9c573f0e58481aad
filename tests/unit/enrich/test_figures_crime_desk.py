"""The numbers of the crime and justice desks: Indian copy groups digits by lakh
("1,07,588 people"), and police count defendants, convicts, detectives, offences, FIRs,
shell casings, shootings, premises raided and phones seized."""

from __future__ import annotations

import pytest

from .support import figures, sourced


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1,07,588 people were kidnapped or abducted during the year.", 107588),
        ("Crimes against women rose 4% to 4,45,256 cases.", 445256),
    ],
)
def test_digits_grouped_by_lakh_are_one_number(text, value):
    assert [f.value for f in figures(text)] == [value]


@pytest.mark.parametrize(
    ("text", "span", "category"),
    [
        ("Two other defendants were cleared of all charges.", "Two other defendants", "arrested"),
        (
            "Quiboloy and four co-accused face charges of trafficking.",
            "four co-accused",
            "arrested",
        ),
        (
            "Seven men were found guilty of more than 30 sexual offences.",
            "more than 30 sexual offences",
            "other",
        ),
        (
            "Punjab Police said they had registered eight FIRs against travel agents.",
            "eight FIRs",
            "other",
        ),
        (
            "Investigators found more than 90 shell casings at the scene.",
            "more than 90 shell casings",
            "other",
        ),
        ("Immigration officers raided 828 premises in January.", "828 premises", "other"),
    ],
)
def test_what_the_police_count(text, span, category):
    got = [(f[0], f[1]) for f in sourced(text)]
    assert (span, category) in got


def test_a_man_accused_is_no_noun_of_his_count():
    assert [f[0] for f in sourced("Five men accused of the killing were arrested on Monday.")] == [
        "Five men"
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Guanajuato was again the deadliest state, with 3,383 killings, followed by Baja "
            "California with 2,360 and the State of Mexico with 2,248.",
            [(3383, "killed"), (2360, "killed"), (2248, "killed")],
        ),
        (
            "Bahia was the state where police killed the most, with 1,699 deaths, ahead of Rio "
            "de Janeiro with 871.",
            [(1699, "killed"), (871, "killed")],
        ),
    ],
)
def test_a_count_told_again_for_another_place_with_with(text, want):
    assert [(f.value, f.category) for f in figures(text)] == want


def test_with_and_a_bare_number_after_no_place_is_no_count():
    got = [f.value for f in figures("The army arrived with 3,000 troops, along with 40.")]
    assert got == [3000]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Seven men have been found guilty of sexual offences against two girls.", "Seven men"),
        ("Police filed charges against 27 members for obstructing the operation.", "27 members"),
        ("In all, 89 men were tried in the case, which was heard inside the jail.", "89 men"),
        (
            "Nine members of the family, out of 22 people indicted in the case, pleaded guilty.",
            "22 people",
        ),
    ],
)
def test_who_stands_trial_was_held(text, span):
    assert (span, "arrested") in [(f[0], f[1]) for f in sourced(text)]
