"""The text around wars: obituaries, convictions, sanctions, the arms industry, the care of
the wounded, a ceasefire that holds, party politics, commemorations and police busting an
arms ring report no armed conflict; a strike told beside a sanctions package, or people
killed beside a memorial, still do."""

from __future__ import annotations

import pytest

from .support import tag, tags_of


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Obituary: Anna Weiss, who reported the siege of Grozny",
            "Anna Weiss, whose dispatches from the siege of Grozny were read across Europe, has "
            "died at the age of 81 after a short illness. She once filed from a cellar while "
            "shells fell on the city. In retirement she grew roses in Kent.",
        ),
        (
            "Court convicts militia commander of war crimes",
            "A court in The Hague found a former militia commander guilty of 14 counts of war "
            "crimes, including murder and rape, committed in Ituri in 2003. Sentencing will "
            "follow at a later hearing.",
        ),
        (
            "Canada sanctions four settlers over violence in the West Bank",
            "Canada said it had frozen the assets of four Israeli settlers it accused of "
            "violence against Palestinian villagers and barred them from entering the country. "
            "Israel's government called the sanctions one-sided.",
        ),
        (
            "Arms maker opens a new shell factory in Spain",
            "The company's new plant will produce 200,000 artillery shells a year and make "
            "rocket motors. The defence minister attended the opening.",
        ),
        (
            "Inside a rehabilitation centre for wounded soldiers",
            "Men who lost legs to mines and artillery on the front practise with new "
            "prostheses while physiotherapists watch.",
        ),
        (
            "Ceasefire holds for a second night along the border",
            "The ceasefire held for a second night on Wednesday, the army said, and the two "
            "countries' military operations chiefs spoke by hotline. Schools reopened in "
            "border towns.",
        ),
        (
            "The battle for the soul of the party has only just begun",
            "The leadership contest has been billed as a skirmish, but both wings of the party "
            "see a chance to retake ground lost at the last election and win back voters.",
        ),
        (
            "City's new tram line was built during the war",
            "The new tram line, built largely during the war, opened on Monday and its "
            "underground stops can serve as shelters for 2,000 people.",
        ),
        (
            "Police break up a ring selling rifles",
            "Police arrested six people accused of selling rifles and grenades to criminal "
            "groups, and seized 120 weapons.",
        ),
        (
            "Madrid remembers the train bombings",
            "Relatives gathered at Atocha station on Thursday to read the names of the 193 "
            "people killed when jihadists bombed commuter trains.",
        ),
    ],
)
def test_the_text_around_a_war_is_not_a_report_of_it(title, text):
    assert not tag(title, text).is_conflict


def test_a_strike_told_beside_a_sanctions_package_is_still_conflict():
    conflict = tag(
        "EU readies new sanctions after deadly missile strike on Dnipro",
        "The European Union is drafting a new sanctions package against Russia. It was drawn "
        "up after a Russian missile strike on Dnipro killed at least 25 people in an "
        "apartment block on Tuesday.",
    )
    assert conflict.is_conflict
    assert "explosions_remote_violence" in tags_of(conflict)


def test_military_operations_chiefs_are_no_military_operation():
    conflict = tag(
        "Army chiefs talk by hotline",
        "Israeli strikes killed 12 people in Rafah, and the two armies' military operations "
        "chiefs spoke by hotline.",
    )
    assert "military_operation" not in tags_of(conflict)
