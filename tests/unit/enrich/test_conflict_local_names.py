"""Local names of organised violence, and the same words in other senses: people who
"flood" a site fled, a party's "youth league" is no sport, terrorists are armed actors,
the slaughter of residents and the beating of opposition supporters are violence against
civilians; a terrorist designation, a court's verdict on an armed group, forces trained or
raised, and soldiers sandbagging a town against a river are not conflict."""

from __future__ import annotations

import pytest

from .support import tag, tags_of


@pytest.mark.parametrize(
    ("title", "text", "want_tag"),
    [
        (
            "Displaced flood UN site after fighting in the north",
            "Families fleeing fighting between the army and a local militia arrived at the UN "
            "protection site, aid groups said, and cholera cases were rising there.",
            "displacement",
        ),
        (
            "Ruling party youth wing beats opposition supporters",
            "Members of the youth league of the ruling party beat and detained supporters of an "
            "opposition party in the province ahead of the vote, a rights group said. Two men "
            "died of their injuries.",
            "violence_against_civilians",
        ),
        (
            "Gang boss blamed for slaughter of elderly residents",
            "A gang chief in the slum had his men kill more than 180 residents, most of them "
            "old people, a rights group reported.",
            "violence_against_civilians",
        ),
        (
            "Pilgrims' bus fired on in the hills",
            "Terrorists fired on a bus carrying pilgrims from a shrine, killing nine people, "
            "police said.",
            None,
        ),
    ],
)
def test_local_words_of_organised_violence_are_conflict(title, text, want_tag):
    found = tag(title, text)
    assert found.is_conflict
    if want_tag:
        assert want_tag in tags_of(found)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Government designates whole of Hamas a terrorist entity",
            "The government has designated the entirety of Hamas, including its political "
            "wing, as a terrorist entity, the prime minister announced. The Green Party said the "
            "decision did nothing to help civilians.",
        ),
        (
            "US designates gang coalition as foreign terrorist organisation",
            "The State Department designated the gang coalition Viv Ansanm and the Gran Grif "
            "gang as foreign terrorist organisations, making material support to them a crime.",
        ),
        (
            "Court convicts Boko Haram suspects in mass trial",
            "A court convicted 125 Boko Haram suspects of terrorism financing and membership in "
            "a mass trial, the justice ministry said. The trials were held at a military "
            "facility.",
        ),
        (
            "Military instructors arrive in the capital",
            "A plane carrying Russian military instructors and an air defence system landed, "
            "state TV said, to train the army. The junta has been strengthening ties with "
            "Moscow since it seized power.",
        ),
        (
            "Police force raises new commando battalion",
            "The reserve police force raised a new commando battalion for jungle warfare, "
            "officials said. Recruits will train for 18 months before deployment.",
        ),
        (
            "Soldiers sandbag town as river rises",
            "Defence force soldiers helped residents sandbag homes as the river rose, and "
            "emergency services ordered evacuations.",
        ),
    ],
)
def test_the_same_words_in_other_senses_are_not_conflict(title, text):
    assert not tag(title, text).is_conflict


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Gunmen kill gold miners in the highlands",
            "Separatist fighters killed eleven gold miners in the regency, police said.",
        ),
        (
            "Van driven into pedestrians in city centre",
            "A man drove a van into pedestrians on the boulevard, killing 13 people, police said, "
            "and militants claimed the attack.",
        ),
    ],
)
def test_miners_pedestrians_and_passers_by_are_civilians_when_armed_men_kill_them(title, text):
    assert "violence_against_civilians" in tags_of(tag(title, text))
