"""Fact-checks: footage or a claim shown to be old, fake or from elsewhere reports no event,
while the verification of a real attack, the real events told beside a debunk, and a riot
that a hoax set off are news."""

from __future__ import annotations

from .support import tag


def test_old_footage_passed_off_as_new_fighting_is_no_event():
    found = tag(
        "Video of night-time artillery barrage is from the 2020 war, not new clashes",
        "A video shared thousands of times this week claims to show heavy shelling on the "
        "border on Monday night. The footage dates from the 2020 war: a reverse image search "
        "finds it on a news channel's page from October of that year. The defence ministry "
        "said there had been no new clashes. The same clip has circulated since 2021 with "
        "other captions.",
    )
    assert not found.is_conflict


def test_a_verified_strike_is_news():
    found = tag(
        "Fact check: Yes, this video shows Tuesday's missile strike on the bus station",
        "A video of a missile striking a bus station in Sumy on Tuesday is genuine. We "
        "geolocated the footage to the city centre, and the regional governor said the strike "
        "killed 11 people and wounded 84. Rescuers were still searching the rubble on "
        "Wednesday.",
    )
    assert found.is_conflict


def test_a_riot_set_off_by_false_claims_is_unrest():
    found = tag(
        "Police injured as crowd attacks mosque after stabbings",
        "More than 50 police officers were injured when rioters threw bricks and bottles at a "
        "mosque and set a police van on fire on Tuesday night. The violence followed false "
        "claims online about the identity of the suspect in a knife attack. Police said the "
        "claims had been spread by accounts linked to the far right.",
    )
    assert found.is_conflict
