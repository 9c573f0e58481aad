"""Terrorism and political violence as the Western press tells them (eval/dev63's register):
the attack comes in the words of a crime story (a gunman, a suspect, prosecutors) and its end
in the motive the authorities give it; the motive named for a trial, a plot or a gang is not
an attack."""

from __future__ import annotations

import pytest

from .support import tag, tags_of


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Gunman kills six at bowling alley",
            "A gunman shot dead six people at a bowling alley on Saturday night before he was "
            "arrested, police said. The suspect had posted a racist manifesto online, and "
            "prosecutors said the attack had a right-wing extremist motive.",
        ),
        (
            "Family run down by pickup truck on evening walk",
            "Three members of a family were killed when a man deliberately drove a pickup truck "
            "into them on Sunday evening. Police said they had been targeted because of their "
            "faith, and the driver was charged with murder.",
        ),
        (
            "Two shot dead near the cathedral",
            "A man shot dead two people near the cathedral on Monday and fled on a scooter. The "
            "national prosecutor said the shooting was being investigated as terrorism, and the "
            "government raised the threat level to its highest.",
        ),
        (
            "Party headquarters hit by firebombs",
            "A man threw several firebombs at the headquarters of the ruling party early on "
            "Saturday, a week before the election, police said. No one was hurt.",
        ),
        (
            "Former premier shot during campaign speech",
            "The former prime minister died in hospital after being shot from behind during a "
            "campaign speech, and the suspect was arrested at the scene.",
        ),
    ],
)
def test_an_attack_with_the_motive_the_authorities_give_it_is_conflict(title, text):
    conflict = tag(title, text)
    assert conflict.is_conflict is True, conflict
    assert tags_of(conflict)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Fourth tobacco shop firebombed this month",
            "A tobacco shop was firebombed overnight, the fourth this month linked to the illicit "
            "tobacco trade, police said. No one was hurt, and detectives are looking for two men.",
        ),
        (
            "Man jailed for life over racist attack",
            "A man was jailed for life on Friday for a racist attack on a shopkeeper in 2019, "
            "after the jury heard he had a far-right motive.",
        ),
        (
            "Drivers warned after car ploughs into bus stop",
            "A car ploughed into a bus stop after its driver suffered a medical episode, injuring "
            "four people, police said, ruling out any deliberate act.",
        ),
    ],
)
def test_a_trial_a_gang_war_or_an_accident_is_not(title, text):
    conflict = tag(title, text)
    assert conflict.is_conflict is False, conflict
