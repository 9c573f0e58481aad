"""A headline that remembers an attack years on ("Five years after Easter bombings, the
cardinal says ...") names the attack it remembers, as a court's headline names the crime it
judges: the article is framed by the anniversary, its war words are background. A headline
where shelling acts now ("Shelling halts exhumation of civilians") frames nothing."""

from __future__ import annotations

from .support import explained, tag

_BODY = (
    "The cardinal spoke at a memorial mass at St Anthony's Shrine in Colombo on Sunday. "
    "Suicide bombers struck three churches and three hotels on Easter Sunday 2019, killing "
    "more than 260 people. An inquiry found that intelligence warnings had been ignored. "
    "Families of the victims have filed petitions at the Supreme Court. The government has "
    "promised a new investigation. Church leaders said the faithful would keep praying for "
    "the truth."
)


def test_a_headline_that_remembers_an_attack_years_on_frames_the_article():
    title = "Five years after Easter bombings, cardinal says Catholics still wait for truth"
    found, features = explained(title, _BODY)
    assert features["framed"] == 1.0
    assert not found.is_conflict


def test_a_headline_where_shelling_acts_now_frames_nothing():
    title = "Shelling halts exhumation of civilians buried in gardens of Kherson villages"
    body = (
        "Investigators were forced to stop exhuming bodies in the village on Wednesday after "
        "Russian artillery fire landed near the site, wounding a police officer. The team had "
        "been recovering the remains of civilians buried during the occupation. Prosecutors "
        "say 43 bodies have been exhumed so far. The findings will go to war crimes "
        "investigators. Relatives watched from the road. Work is due to resume next week."
    )
    _, features = explained(title, body)
    assert features["framed"] == 0.0


def test_a_first_anniversary_of_an_attack_is_history():
    """A year after the attack frames the whole story as the headline's anniversary."""
    conflict = tag(
        "A year after the depot attack, families keep the memory alive",
        "A year after drones and missiles struck fuel tankers at the depot, the families of "
        "the three men who died say they are still coming to terms with their loss. The "
        "widow of one of the victims said the government had paid for her children's "
        "schooling. The attack, claimed by the rebels, was the first deadly strike on the "
        "country's soil. Since then a truce has largely held. Colleagues held a small "
        "ceremony at the depot this week. The company has added new fire barriers at the "
        "site.",
    )
    assert conflict.is_conflict is False, conflict
