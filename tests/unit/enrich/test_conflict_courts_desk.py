"""The courts desk: a ruling on a law is no strike ("the Supreme Court strikes down law", "in
an 8-7 ruling, the justices annulled"), while the ruling party's gunmen still fire; people
stabbed are casualties, so a trial in the same headline does not frame a stabbing as the
court's background, and a stabbing in a pub brawl stays crime."""

from __future__ import annotations

from .support import explained, tag

_RULING = (
    "Israel's Supreme Court strikes down law limiting its own powers",
    "Israel's Supreme Court on Monday struck down a law passed by the government that curbed "
    "the court's powers. In an 8-7 ruling, the justices annulled an amendment to a Basic Law. "
    "The justice minister said the ruling ignored the unity needed for the success of our "
    "soldiers at the front. The overhaul had prompted months of mass street protests. The "
    "government shelved most of its plans after the October 7 attack by Hamas and the war "
    "that followed.",
)


def test_a_court_striking_down_a_law_is_no_conflict():
    assert not tag(*_RULING).is_conflict


def test_the_ruling_partys_gunmen_who_fire_on_students_stay_violence():
    found = tag(
        "Mothers wait outside the morgue",
        "Police and members of the ruling party's student wing opened fire on students "
        "blocking the highway on Friday, killing at least 20 people, doctors said.",
    )
    assert found.is_conflict


def test_people_stabbed_in_a_headline_are_news_the_trial_does_not_frame():
    _, features = explained(
        "Two stabbed outside former Charlie Hebdo offices as 2015 attacks trial goes on",
        "Two people were seriously wounded in a meat cleaver attack outside the former offices "
        "of Charlie Hebdo on Friday, three weeks into the trial of 14 people accused of helping "
        "the gunmen who killed 12 people at the magazine in 2015. France's national "
        "anti-terrorism prosecutor's office took over the investigation. The main suspect was "
        "arrested near the Place de la Bastille. At the special court hearing the case, "
        "survivors of the 2015 attack had testified earlier this week. The 14 defendants are "
        "accused of supplying weapons and cars. Most of them deny knowing what they were for.",
    )
    assert features["framed"] == 0.0


def test_a_stabbing_in_a_pub_brawl_stays_crime():
    found = tag(
        "Man stabbed in pub brawl",
        "A 24-year-old man was stabbed in a brawl outside a pub in Leeds on Saturday night, "
        "police said. A suspect was arrested.",
    )
    assert not found.is_conflict
