"""The defence desk's ordinary news is no fighting: a military aircraft that crashes and
kills its crew, a wartime bomb made safe, weapons and commands by their names ("Bradley
fighting vehicles", "the Carrier Strike Group", "Chief of Joint Operations"), a live fire
in a drill, a navy short of sailors, and the war's start named as a yardstick. A crash
caused by fire, a shoot-down or a bomber stays news."""

from __future__ import annotations

import pytest

from .support import tag


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Eight airmen killed as Osprey crashes off Japan",
            "A US Air Force CV-22B Osprey crashed into the sea off Yakushima island on "
            "Wednesday during a training flight, killing all eight crew members aboard, the Air "
            "Force Special Operations Command said. Fishermen recovered wreckage and the bodies "
            "of several crew members.",
        ),
        (
            "10,000 evacuated as army moves WWII device",
            "More than 10,000 people were evacuated from their homes in Plymouth on Friday as "
            "Army bomb disposal experts removed an unexploded Second World War bomb found in a "
            "back garden. It was taken out to sea by a Royal Navy diving team and detonated in a "
            "controlled explosion.",
        ),
        (
            "Pentagon announces $2 billion Ukraine package",
            "The package includes the Ground-Launched Small Diameter Bomb and support for "
            "Ukraine's fleet of Bradley fighting vehicles. The United States has committed more "
            "than $29 billion in security assistance to Kyiv since the start of the full-scale "
            "invasion, according to the Defense Department.",
        ),
        (
            "Carrier sails for the Indo-Pacific",
            "HMS Prince of Wales has sailed from Portsmouth at the head of the UK Carrier Strike "
            "Group. Critics have questioned whether the Royal Navy can sustain such deployments, "
            "given shortages of sailors and escort ships.",
        ),
        (
            "Exercise begins with 35,000 troops",
            "More than 35,000 military personnel from 19 countries have begun the largest "
            "Talisman Sabre exercise yet. The ADF will conduct its own live fire of a "
            "HIMARS-launched Precision Strike Missile, and ground troops will land at Shoalwater "
            "Bay, Chief of Joint Operations Vice Admiral Justin Jones said.",
        ),
    ],
)
def test_the_defence_desks_ordinary_news_is_no_fighting(title, text):
    assert not tag(title, text).is_conflict


@pytest.mark.parametrize(
    "text",
    [
        "The army helicopter crashed after being hit by a missile fired by the rebels, killing "
        "20 soldiers.",
        "A military transport plane was shot down near Belgorod, killing all 74 people aboard, "
        "Russia said, blaming a Ukrainian missile strike.",
        "A suicide bomber crashed his car into the gate of the base, killing 12 soldiers.",
    ],
)
def test_a_crash_caused_by_fire_or_a_bomber_stays_news(text):
    assert tag("", text).is_conflict
