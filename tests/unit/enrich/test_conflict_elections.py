"""Political violence at elections (eval/dev59's register): a killing the authorities call a
political assassination is political violence, not an ordinary crime; the phrase in a film
review or a history piece reports no current event."""

from __future__ import annotations

import copy

import pytest

from pipeline.enrich.conflict import tag_conflict
from pipeline.enrich.rules import Rules
from pipeline.enrich.text import normalise, split_sentences

from .support import tag


def test_a_killing_called_a_political_assassination_is_conflict():
    conflict = tag(
        "Lawmaker shot dead at her home",
        "A state lawmaker was shot dead at her home early on Saturday by a man posing as a "
        "police officer, officials said. The governor called it a politically motivated "
        "assassination, and the suspect was arrested after a manhunt.",
    )
    assert conflict.is_conflict is True


def test_the_phrase_in_a_review_or_a_history_is_not():
    assert (
        tag(
            "Film review: a thriller about a political assassination",
            "The director's new film follows a journalist who uncovers a political "
            "assassination in 1970s Rome. The cast is strong and the score is haunting.",
        ).is_conflict
        is False
    )
    assert (
        tag(
            "Thirty years on, a nation remembers a prime minister's assassination",
            "Thousands gathered on Saturday to mark 30 years since the political "
            "assassination of the prime minister at a peace rally in 1995.",
        ).is_conflict
        is False
    )


def test_a_headline_candidate_shot_dead_at_a_rally_is_political_violence():
    conflict = tag(
        "Mayoral hopeful gunned down as he leaves campaign rally",
        "A candidate for mayor was gunned down on Sunday night as he left a campaign rally in "
        "the town square, and two of his aides were wounded, prosecutors said. A suspect was "
        "detained at the scene.",
    )
    assert conflict.is_conflict is True
    assert "violence_against_civilians" in {t.tag for t in conflict.tags}


def test_a_mayor_killed_on_the_road_is_no_attack():
    conflict = tag(
        "Mayor killed in highway crash on his way to a rally",
        "The mayor died when his car collided with a lorry on the highway on Sunday, police "
        "said. He was travelling to a campaign rally in the provincial capital.",
    )
    assert conflict.is_conflict is False


def test_a_rally_does_not_soften_the_tear_gas_or_the_bombs_fired_into_it():
    tear_gas = tag(
        "Police fire tear gas and live rounds into opposition rally",
        "Police fired tear gas and live rounds into a crowd of opposition supporters at a rally "
        "in the capital on Saturday, and hospital staff said four people had been killed.",
    )
    assert tear_gas.is_conflict is True
    assert "unrest" in {t.tag for t in tear_gas.tags}
    bombs = tag(
        "Crude bombs go off near campaign rallies before the vote",
        "Two crude bombs exploded near campaign rallies in the district on Tuesday, wounding "
        "six people, police said, and blamed a faction that had called for a boycott.",
    )
    assert bombs.is_conflict is True
    assert "explosions_remote_violence" in {t.tag for t in bombs.tags}


def test_a_peaceful_rally_that_names_a_war_stays_a_protest():
    conflict = tag(
        "Thousands rally peacefully against the war",
        "Thousands of people marched peacefully through the city centre on Saturday at a rally "
        "against the war, chanting and carrying banners. Police reported no arrests.",
    )
    assert conflict.is_conflict is False


def _without(domain: str, *keys: str) -> Rules:
    data = copy.deepcopy(Rules.load().data)
    for key in keys:
        del data["domains"][domain][key]
    return Rules.from_data(data)


def _score(title: str, text: str, rules: Rules | None = None) -> float:
    t, x = normalise(title), normalise(text)
    return tag_conflict(t, x, split_sentences(t), split_sentences(x), rules=rules).score


def test_the_rally_sentence_keeps_its_violence_because_protest_yields_to_any_violent_cue():
    title = "Police fire tear gas into opposition rally"
    text = (
        "Police fired tear gas into a crowd at an opposition rally in the capital on "
        "Saturday, witnesses said, before the march reached the square."
    )
    assert _score(title, text) > _score(
        title, text, _without("peaceful_protest", "sentence_yields_to")
    )


def test_a_candidates_killing_lifts_the_crime_context_but_a_private_motive_still_weighs():
    title = "Candidate killed in her constituency"
    text = (
        "A candidate for the regional assembly was shot dead as the suspect fled on a "
        "motorbike, police said."
    )
    without_yields = _without("crime", "yields_to", "sentence_yields_to")
    assert _score(title, text) > _score(title, text, without_yields)
    motive = tag(
        "Mayor's killing tied to a family quarrel, police say",
        "The mayor was shot dead at his farm last month, and detectives said on Monday "
        "that the murder stemmed from a personal dispute over an inheritance. Two suspects "
        "were charged with murder.",
    )
    assert motive.is_conflict is False


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # a private motive named beside the attack (eval review of 2026-11-27: 7 such probes)
        (
            "Mayor shot dead in bar brawl over debt",
            "The mayor of a coastal town was shot dead by a business partner during a brawl "
            "over a debt late on Friday, police said, and the suspect was arrested.",
        ),
        (
            "Senator stabbed in street robbery",
            "A senator was stabbed in the arm by a robber who snatched his phone outside a "
            "restaurant on Tuesday night, police said.",
        ),
        (
            "Former lawmaker stabbed by son at family home",
            "A former lawmaker was stabbed by his son during an argument at the family home, "
            "prosecutors said.",
        ),
        # history, by its date
        (
            "Archive releases files on a president's killing",
            "The national archive released thousands of pages on Thursday about the president, "
            "who was shot dead in the capital on November 22, 1963.",
        ),
        # an accident, and a photograph
        (
            "Mayor wounded in hunting accident",
            "The mayor was shot in the leg by a fellow hunter during a wild boar hunt on Sunday, "
            "police said, calling it an accident.",
        ),
        (
            "Finance minister on magazine cover",
            "The new finance minister was shot by a portrait photographer for the magazine's "
            "December cover.",
        ),
    ],
)
def test_a_politician_hurt_for_a_private_motive_by_accident_or_long_ago_is_no_conflict(title, text):
    conflict = tag(title, text)
    assert conflict.is_conflict is False, conflict
