"""A theatre bombed is a building, not a stage ("the Drama Theatre in central Mariupol, where
hundreds were sheltering"); crowds of fans, workers or mourners fired on or beaten with
batons are unrest as protesters are; what a truce halts is no operation ("agreed to halt all
offensive military operations"); and who runs an office is no attack ("the Houthi-run oil
company said")."""

from __future__ import annotations

from .support import tag, tags_of


def test_a_theatre_where_people_sheltered_hit_by_a_strike_is_conflict():
    found = tag(
        "Mariupol drama theatre where hundreds sheltered hit by Russian air strike",
        "Ukrainian officials said a Russian aircraft had dropped a powerful bomb on the Drama "
        "Theatre in central Mariupol, where hundreds of residents were sheltering in the "
        "basement. The city council said the central part of the theatre collapsed. The "
        "theatre, built in 1960, was the city's best-known building.",
    )
    assert found.is_conflict
    assert "explosions_remote_violence" in tags_of(found)


def test_a_play_at_the_theatre_stays_fiction():
    found = tag(
        "New war drama opens at the National Theatre",
        "The play, which follows a family sheltering from air strikes, opened at the theatre "
        "on Tuesday. Critics praised its staging of the bombing.",
    )
    assert not found.is_conflict


def test_police_who_fire_on_fans_and_beat_them_with_batons_are_unrest():
    found = tag(
        "Chaos outside singer's Easter concert",
        "Police and soldiers opened fire on fans gathered outside the venue and beat some of "
        "them with batons, witnesses said. At least two people were carried away with head "
        "wounds. The singer said the concert had been cancelled.",
    )
    assert found.is_conflict
    assert "unrest" in tags_of(found)


def test_a_truce_that_halts_offensive_operations_is_no_operation():
    found = tag(
        "First fuel ships reach Hodeidah as UN-brokered Yemen truce holds",
        "Two fuel ships docked at the port of Hodeidah on Monday, the first to arrive under a "
        "two-month truce that took effect on Saturday, the United Nations said. The envoy said "
        "the warring parties had agreed to halt all offensive military operations. The "
        "Houthi-run oil company said the cargoes carried about 50,000 tonnes of petrol. Aid "
        "agencies said the truce was the best chance in years to ease the suffering.",
    )
    assert not found.is_conflict


def test_a_group_run_office_alone_reports_no_violence():
    found = tag(
        "", "The Hamas-run health ministry said. The Houthi-run oil company said it had fuel."
    )
    assert not found.is_conflict
