"""The labour desk (dev203): a union leader or a social leader shot dead is political
violence as a journalist's killing is; "review" as a verb is no critic's review; strikes
named by their trade or their end are labour strikes, and a protester hit by pellets was not
shelled."""

from __future__ import annotations

from .support import tag, tags_of


def test_a_union_leader_gunned_down_is_conflict():
    found = tag(
        "Oil workers' union leader gunned down in Colombia's Magdalena Medio",
        "A regional leader of the oil workers' union was shot dead outside his home in "
        "Barrancabermeja on Sunday night, the union said. He had received threats from a "
        "paramilitary group after he denounced its extortion of contractors. The labour "
        "ministry condemned the killing and said it would ask the protection unit to review "
        "the security of other union officials.",
    )
    assert found.is_conflict
    assert "violence_against_civilians" in tags_of(found)


def test_a_review_of_an_officials_security_is_no_film_review():
    found = tag(
        "",
        "Gunmen shot dead two village guards in an ambush near the border on Sunday, "
        "officials said, and the ministry will review the security of the area.",
    )
    assert found.is_conflict


def test_a_film_review_still_frames_its_war():
    found = tag(
        "Review: a road trip through a shattered America makes a brutal war film",
        "Soldiers shoot prisoners and snipers fire from a Christmas-lit lawn in the film, "
        "which follows four journalists driving to Washington. The director keeps the "
        "violence close and loud. It opens in cinemas on Friday.",
    )
    assert not found.is_conflict


def test_troops_sent_to_break_up_a_garment_strike_fire_no_strike():
    found = tag(
        "Military police fire on garment strikers, killing four",
        "Military police opened fire on garment workers who had barricaded a road outside "
        "the capital, killing four, the union said. Troops had been sent to break up a strike "
        "for a higher minimum wage. One worker was hit by pellets in the arm.",
    )
    assert found.is_conflict
    assert "explosions_remote_violence" not in tags_of(found)
