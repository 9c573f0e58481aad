"""What the desks that cover attacks and their trials count, from the terrorism and the
conscription sets: what investigators seize and fire ("four knives", "fired more than 40
rounds", "two shots"), who is deployed or riots ("400 gardai", "rioters"), suicide bombers
who blew themselves up, who is acquitted, and a mobilisation's paperwork."""

from __future__ import annotations

import pytest

from .support import summary


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Officers seized four knives, a machete and two mobile phones.",
            [("four knives", "other", "other"), ("two mobile phones", "other", "other")],
        ),
        (
            "The attacker fired more than 40 rounds from an automatic rifle, investigators said.",
            [("more than 40 rounds", "other", "other")],
        ),
        (
            "Railway police officers fired two shots, hitting the assailant in the leg.",
            [("two shots", "other", "other")],
        ),
        (
            "More than 400 gardai, many in riot gear, were deployed to clear the streets.",
            [("More than 400 gardai", "person", "combatants")],
        ),
        (
            "Two suicide bombers blew themselves up at a cathedral, wounding 19 people.",
            [("Two suicide bombers", "person", "killed"), ("19 people", "person", "injured")],
        ),
        (
            "The court convicted nine defendants and acquitted 11 people on Friday.",
            [("nine defendants", "person", "arrested"), ("11 people", "person", "arrested")],
        ),
        (
            "Officers executed 13 search warrants and seized phones and computers.",
            [("13 search warrants", "other", "other")],
        ),
        (
            "A petition launched in 2023 gathered over 50,000 signatures before it was blocked.",
            [("over 50,000 signatures", "other", "other")],
        ),
    ],
)
def test_attack_and_trial_desks_counts(text, want):
    assert summary(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "The talks went to three rounds of voting before a deal was reached.",
        "She had two shots of the vaccine last year.",
    ],
)
def test_rounds_and_shots_not_fired_stay_no_figures(text):
    assert summary(text) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Emergency services received more than 90 calls in the first five minutes.",
            [("more than 90 calls", "other", "other")],
        ),
        (
            "The office said it had received more than 150 complaints in 2023.",
            [("more than 150 complaints", "other", "other")],
        ),
        (
            "Police said they had received more than 1,800 videos from witnesses.",
            [("more than 1,800 videos", "other", "other")],
        ),
        (
            "The camp received 1,800 tents from the agency.",
            [("1,800 tents", "other", "aid")],
        ),
    ],
)
def test_calls_complaints_and_videos_received_are_no_aid(text, want):
    assert summary(text) == want


def test_victims_paid_reparations_are_aided_not_killed():
    assert summary("The Victims' Unit has paid reparations to about 1.2 million victims.") == [
        ("about 1.2 million victims", "person", "aid")
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "RSF drones hit a training camp near Shendi, destroying four barracks.",
            [("four barracks", "structure", "housing")],
        ),
        (
            "Traffic was halted on five platforms for nearly three hours.",
            [("five platforms", "other", "other")],
        ),
        (
            "Witnesses said the gunmen arrived in two minibus taxis.",
            [("two minibus taxis", "other", "other")],
        ),
    ],
)
def test_offices_barracks_platforms_and_taxis_are_counted(text, want):
    assert summary(text) == want


def test_soldiers_taken_prisoner_are_held_not_abducted():
    assert summary(
        "Rights groups say 16 conscripts died and more than 100 were taken prisoner."
    ) == [
        ("16 conscripts", "person", "killed"),
        ("more than 100", "person", "arrested"),
    ]
