"""The business desk: flops that 'bomb', attack ads, proxy fights, seized gold, pirates,
counter-drone trials, reparations and hauliers' blockades are no armed conflict; mines
at sea that hit ships are."""

from __future__ import annotations

import pytest

from .support import tag


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Scooter maker's IPO bombs in Frankfurt debut",
            "Shares of the scooter maker fell 30% on their first day of trading, wiping out "
            "the gains of a year.",
        ),
        (
            "Activist launches attack ads in proxy fight with media group",
            "The hedge fund began a television campaign attacking the board ahead of the "
            "shareholder vote.",
        ),
        (
            "Polish hauliers blockade border crossings",
            "Hundreds of trucks queued at three crossings as hauliers blockaded the roads in "
            "protest at foreign competition.",
        ),
        (
            "Iraq makes final payment to Kuwait for 1990 invasion",
            "Iraq has paid the last of the war reparations owed to Kuwait, the UN compensation "
            "commission said.",
        ),
        (
            "Rotterdam tests counter-drone system at its port",
            "The port authority began trials of a counter-drone system that can detect and "
            "jam drones near the terminals.",
        ),
    ],
)
def test_business_news_in_the_words_of_war_is_not_conflict(title, text):
    assert not tag(title, text).is_conflict


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Cargo ship strikes sea mine off Odesa",
            "A cargo ship bound for the Danube struck a sea mine off Odesa, damaging its hull; "
            "two crew were injured, the navy said.",
        ),
        (
            "Limpet mines suspected in blasts on two tankers",
            "Two tankers anchored off Fujairah were damaged by blasts, and investigators "
            "suspect limpet mines attached to their hulls.",
        ),
    ],
)
def test_mines_that_hit_ships_are_conflict(title, text):
    assert tag(title, text).is_conflict


@pytest.mark.parametrize(
    "text",
    [
        # the business desk's phrases beside real attacks (a review's probes)
        "A counter-drone unit shot down 12 Russian drones over Kyiv overnight; falling debris "
        "killed one man.",
        "Kyiv demanded war reparations after Russian missile strikes killed 23 people in Dnipro.",
        "A proxy fight erupted between Iran-backed militias and US forces in Syria, killing 3.",
        "Farmers blocked roads after armed herders killed 12 villagers in Benue.",
    ],
)
def test_real_attacks_beside_business_phrases_stay_conflict(text):
    assert tag("", text).is_conflict


def test_sea_mines_that_only_drift_are_no_attack():
    text = "War-risk insurance premiums rose because of sea mines drifting in the Black Sea."
    assert not tag("", text).is_conflict
