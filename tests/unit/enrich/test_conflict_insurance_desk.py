"""The insurance desk (dev251): an insurer's lines of business name riots, wars and political
violence as risks ("a riot exclusion", "strike, riot and civil commotion cover"), and the claims
it settles are for riots of past years ("burned in the 2011 riots", "payouts for the July 2021
unrest"). A current attack on a ship stays news."""

from __future__ import annotations

from .support import tag


def test_an_insurers_riot_and_political_violence_lines_are_no_riot():
    found = tag(
        "Insurer rebuilds reserves after riot payouts",
        "The state-owned insurer that covers riot and political violence losses said on "
        "Thursday it had settled almost all claims for the July 2021 unrest. It raised premiums "
        "for strike, riot and civil commotion cover by more than 200% and bought more "
        "reinsurance. Its chief executive said the company was profitable again. The insurer "
        "also plans to offer cover for damage caused by protests to small businesses.",
    )
    assert not found.is_conflict


def test_a_court_on_claims_from_riots_named_by_their_year_is_history():
    found = tag(
        "Court rules police must pay insurers for warehouse burned in 2011 riots",
        "The Supreme Court ruled on Wednesday that police were liable under the Riot (Damages) "
        "Act to compensate insurers for the destruction of a warehouse during the August 2011 "
        "riots, but not for business losses. The warehouse was set on fire by youths who broke "
        "in during the disturbances. Insurers had sought to recover about 60m pounds. The court "
        "said the act covered physical damage but not lost profits.",
    )
    assert not found.is_conflict


def test_an_attack_on_a_ship_told_by_the_insurance_desk_is_news():
    found = tag(
        "War-risk premiums jump after missile hits tanker off Yemen",
        "Houthi missiles struck a Greek-owned tanker in the Red Sea on Monday, setting it on "
        "fire and forcing the crew to abandon ship, the UK Maritime Trade Operations agency "
        "said. War-risk premiums for Red Sea transits rose to 1% of a ship's value, brokers "
        "said. Several insurers stopped quoting cover for vessels with links to Israel.",
    )
    assert found.is_conflict


def test_insurers_who_review_their_exposure_are_no_critics():
    found = tag(
        "Insurers review exposure as rebels push toward the capital",
        "Foreign contractors and their insurers were reviewing exposure to projects in the "
        "country after rebel forces said they had taken two towns and were advancing toward "
        "the capital. Aid agencies said hundreds of thousands of people had fled the fighting "
        "in recent weeks. The government declared a state of emergency. Brokers said insurers "
        "had begun adding war exclusions to renewals. The United States told its citizens to "
        "leave. The national airline said it was operating normally.",
    )
    assert found.is_conflict


def test_a_critics_review_of_a_war_film_still_frames_it():
    found = tag(
        "Civil War review - a shattered America that lingers",
        "The director's film imagines a second American civil war, seen through a team of "
        "photojournalists driving to Washington. The battle scenes are loud and frightening. "
        "Kirsten Dunst gives a fine performance as a veteran war photographer. The script is "
        "thin in places. It opens in cinemas on Friday.",
    )
    assert not found.is_conflict
