"""Who holds whom: hostages, detainees and armed men, whatever verb of holding is used."""

from __future__ import annotations

import pytest

from pipeline.enrich.figures import extract_figures
from pipeline.enrich.text import normalise, split_sentences

from .support import summary


def categories(text: str) -> list[str]:
    text = normalise(text)
    return [f.category for f in extract_figures("", text, [], split_sentences(text))]


CASES = [
    # a camp "holds" people; a group "holds" hostages and a junta holds prisoners
    ("The camp holds 9,000 refugees.", ["displaced"]),
    ("The group still holds 59 hostages.", ["kidnapped"]),
    ("The junta holds some 20,000 political prisoners.", ["arrested"]),
    # "held by" a gang is captivity; "for ransom" says so too
    ("About 100 people are still held by the gang.", ["kidnapped"]),
    ("Bandits are holding 15 students for ransom.", ["kidnapped"]),
    # prisoners freed in a text about an exchange were exchanged: "other"; before the
    # exchange is named, and without one, released prisoners stay detainees
    (
        "The Houthis freed 706 prisoners in the largest exchange of the war.",
        ["other"],
    ),
    (
        "Under the swap, Israel released 39 Palestinian prisoners on Friday.",
        ["other"],
    ),
    ("The junta released 300 political prisoners on Friday.", ["arrested"]),
    (
        "The coalition released 163 Houthi detainees. Both sides later agreed a swap.",
        ["arrested"],
    ),
    # people freed from armed men were their hostages, even unnamed as such; inmates
    # freed by armed men broke out of a jail
    ("Troops stormed the compound, killed the attackers and freed 20 employees.", ["kidnapped"]),
    ("Gunmen stormed the prison and freed 300 inmates.", ["other"]),
    # men "under arms" are combatants
    ("The rebels have about 3,000 men under arms.", ["combatants"]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_category_of_people_held(text, expected):
    assert categories(text) == expected


def test_people_whose_whereabouts_are_unknown_are_missing():
    assert categories("The whereabouts of 300 detainees remain unknown.") == ["missing"]


@pytest.mark.parametrize(
    "text",
    [
        "IOM estimated that some 5,000 migrants were held in official detention centres.",
        "About 600 migrants were held in detention in the port city, the agency said.",
    ],
)
def test_migrants_held_in_detention_are_detained(text):
    assert categories(text) == ["arrested"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The agency said 600 children had been abducted. Two hundred and forty have been "
            "released into its care.",
            ["kidnapped", "kidnapped"],
        ),
        (
            "Gunmen abducted 82 pupils and staff from a school, the army said. All 82 have been "
            "freed.",
            ["kidnapped", "kidnapped"],
        ),
    ],
)
def test_a_bare_count_that_is_the_subject_of_a_release_is_counted(text, want):
    assert categories(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # held in the passive, after the count: detainees (dev318, dev321, dev350)
        (
            "Iran's state broadcaster said 18 Afghans had been held on suspicion of spying.",
            ["arrested"],
        ),
        ("At the naval base, about 500 migrants have been held since February.", ["arrested"]),
        (
            "The group said 164 members of the military were held on political charges.",
            ["arrested"],
        ),
        ("Lawyers said at least 14 journalists were among those held.", ["arrested"]),
        # ... hostages where an abduction is told
        ("Gunmen abducted the villagers; 30 have been held since March.", ["kidnapped"]),
        # ... and nothing to a count after it: what was held was an event
        ("Talks were held since Monday with 12 delegates.", ["other"]),
        ("Elections were held across the country, with 300 candidates.", ["other"]),
    ],
)
def test_people_held_in_the_passive_are_detained(text, want):
    assert categories(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Reporters Without Borders said at least 16 media workers had been held and that "
            "three were missing.",
            [("at least 16 media workers", "person", "arrested"), ("three", "person", "missing")],
        ),
        (
            "Russian authorities in Crimea were holding at least 218 Ukrainian citizens on "
            "politically motivated charges.",
            [("at least 218 Ukrainian citizens", "person", "arrested")],
        ),
        (
            "Aid groups said 32 trucks of relief supplies had been held at checkpoints.",
            [("32 trucks", "other", "aid")],
        ),
    ],
)
def test_people_held_or_held_on_charges_are_detained_not_trucks(text, want):
    assert summary(text) == want
