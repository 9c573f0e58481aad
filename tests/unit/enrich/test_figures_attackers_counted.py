"""A count of armed men that is the subject of an active verb of violence counts the attackers,
not their victims: "About 20 gunmen killed five villagers", "hundreds of militants ambushed a
patrol". In the passive, or with no object, the verb is their fate."""

from __future__ import annotations

import pytest

from .support import summary


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "About 20 gunmen killed five villagers.",
            [("About 20 gunmen", "person", "combatants"), ("five villagers", "person", "killed")],
        ),
        (
            "About a dozen armed men had seized the dhow off Socotra.",
            [("About a dozen armed men", "person", "combatants")],
        ),
        (
            "More than 100 terrorists attacked a unit near the border.",
            [("More than 100 terrorists", "person", "combatants")],
        ),
    ],
)
def test_armed_men_who_attack_are_counted_as_attackers(text, want):
    assert summary(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Twenty gunmen were killed by troops.", [("Twenty gunmen", "person", "killed")]),
        (
            "The army claimed more than 1,500 terrorists killed over the same period.",
            [("more than 1,500 terrorists", "person", "killed")],
        ),
        (
            "The group said it was holding two soldiers captured at the gate.",
            [("two soldiers", "person", "arrested")],
        ),
    ],
)
def test_armed_men_a_verb_befalls_keep_their_fate(text, want):
    assert summary(text) == want


def test_people_present_where_an_attack_struck_are_civilians():
    got = summary("About 300 worshippers were in the mosque when the gunmen opened fire.")
    assert got == [("About 300 worshippers", "person", "civilians")]


def test_people_present_where_no_attack_struck_are_not_made_civilians():
    got = summary("About 2,000 fans were at the stadium for the final.")
    assert [c for _, _, c in got] != ["civilians"]
