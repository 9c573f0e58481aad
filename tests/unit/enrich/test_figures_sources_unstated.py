"""Sources a sentence leaves unstated but the copy makes plain: "it" after a body whose name
looks like a person's ("Medecins Sans Frontieres said. ..., it said"), a subject that goes
on ", but warned that ...", and a count's giver named in an aside ("The toll, provided by
the Afghan Red Crescent Society, stood at 23 dead")."""

from __future__ import annotations

import pytest

from .support import sourced


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "The general hospital in Bunia treated 36 people with gunshot wounds, Medecins Sans "
            "Frontieres said. At least 18 people were killed and more than 120 homes burned, "
            "it said.",
            "Medecins Sans Frontieres",
        ),
        (
            "Amnesty International said security forces had shot dead 11 protesters. It said "
            "at least 300 more had been detained.",
            "Amnesty International",
        ),
    ],
)
def test_it_after_a_body_whose_name_looks_like_a_persons_is_that_body(text, who):
    assert [f[2] for f in sourced(text)] == [who] * len(sourced(text))


def test_it_does_not_reach_past_the_sentence_before_for_such_a_name():
    # the name is two sentences back and a "he" reports between: "it" stays unresolved
    got = sourced(
        "Lino Massingue told a news conference that 14 police stations had been torched. He "
        "put the number of civilian deaths at 33. It also said over 3,500 people had been "
        "detained."
    )
    assert got[-1][2] is None


def test_a_subject_that_goes_on_but_warned_reports_the_second_count():
    got = sourced(
        "The World Food Programme said it had distributed rations to 92,000 displaced people "
        "last month, but warned that around 1.2 million people in Ituri needed food aid."
    )
    assert [f[2] for f in got] == ["the World Food Programme"] * 2


def test_but_after_a_named_spokesman_keeps_the_name():
    got = sourced(
        "The police spokesman in Sokoto, ASP Ahmed Rufai, confirmed the attack but put the "
        "death toll at 11."
    )
    assert got[0][2] is not None and "Ahmed Rufai" in got[0][2]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "The toll, provided by the Afghan Red Crescent Society, stood at 23 dead and more "
            "than 40 wounded on Friday night.",
            ["the Afghan Red Crescent Society"] * 2,
        ),
        (
            "The figures, released by the interior ministry, showed 230 people were arrested.",
            ["the interior ministry"],
        ),
        ("The death toll, compiled by the UN, rose to 45.", ["the UN"]),
    ],
)
def test_a_count_given_in_an_aside_is_the_givers(text, who):
    assert [f[2] for f in sourced(text)] == who


def test_aid_provided_by_a_body_in_an_aside_is_no_report():
    got = sourced("Food aid, provided by WFP, reached 3,000 families in the camps.")
    assert [f[2] for f in got] == [None]
