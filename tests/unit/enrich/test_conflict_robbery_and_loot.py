"""Armed robbery is crime: masked men or gunmen who raid a jewellery shop and flee with its
watches are no armed group, and robbers who flee with loot are no displaced people. People
who flee with their families, and gunmen who raid a village and drive off its cattle, stay
what they were."""

from __future__ import annotations

import pytest

from pipeline.enrich.rules import default_rules

from .support import tag, tags_of


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Masked men raid jewellery shop in Mayfair",
            "Three men on mopeds smashed the window display with hammers on Tuesday morning "
            "and fled with watches worth an estimated 2 million pounds, the Metropolitan "
            "Police said.",
        ),
        (
            "Gunmen raid jewellery store in Johannesburg mall",
            "The robbers held staff at gunpoint and escaped with jewellery worth millions of "
            "rand, police said. No one was hurt.",
        ),
        (
            "Heist at Paris museum",
            "Thieves used a lift to reach the gallery and made off with the jewels in seven "
            "minutes, the prosecutor said.",
        ),
    ],
)
def test_an_armed_robbery_of_a_shop_is_no_conflict(title, text):
    assert not tag(title, text).is_conflict


@pytest.mark.parametrize(
    "text",
    [
        "Al-Shabaab militants attacked a bank in Mandera and fled with the cash, police said.",
        "Rebels stormed the clinic, shot a guard and fled with the medicines, residents said.",
    ],
)
def test_raiders_who_flee_with_loot_are_not_displaced(text):
    found = tag("", text)
    assert found.is_conflict and "displacement" not in tags_of(found)


def test_people_who_flee_with_their_families_are_displaced():
    found = tag(
        "", "Thousands of villagers fled with their families into Chad after the militia attack."
    )
    assert "displacement" in tags_of(found)


def test_gunmen_who_drive_off_cattle_after_killing_villagers_stay_violence():
    found = tag(
        "",
        "Gunmen stormed a village in Zamfara and fled with hundreds of cattle after killing "
        "12 people, residents said.",
    )
    assert found.is_conflict and "displacement" not in tags_of(found)


def test_the_loot_mask_is_one_pattern_not_thousands_of_phrases():
    rules = default_rules()
    masks = [p for p in rules.patterns if not p[2]]
    assert masks and all(p[4] for p in masks)  # a mask pattern must swallow
    assert "fledwithwatches" not in rules.lexicon.exact
