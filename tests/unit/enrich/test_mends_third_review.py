"""Mended after the probe review of the session's rules (2026-11-28, third session): a verdict's
cue names who stands trial, not the crime's object; "it" after a person's name that spoke of
a report stays unresolved; a crowd that kills "alleged cattle thieves" stays violence; a
civilian who flees in a car keeps the flight; bare "clashes" in sport are no count; AP's
"U.S." and "U.N." sit between a count and its noun."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.scoring import load_jsonl

from .support import sourced, tag, tags_of


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Two priests were found guilty of abusing 14 boys.", "14 boys"),
        ("The smuggler pleaded guilty to smuggling 40 migrants.", "40 migrants"),
        ("The vaccine was tried on 300 volunteers.", "300 volunteers"),
    ],
)
def test_what_follows_a_verdict_is_not_who_was_tried(text, span):
    got = {f[0]: f[1] for f in sourced(text)}
    assert got[span] != "arrested"


def test_who_stands_before_the_verdict_was_held():
    assert [f[1] for f in sourced("Seven men have been found guilty of the attack.")] == [
        "arrested"
    ]


def test_it_after_a_person_who_spoke_of_a_report_is_not_that_person():
    got = sourced(
        "Volker Türk said the report would be presented to the council next week. It said "
        "1,200 civilians had been killed."
    )
    assert got[0][2] is None


def test_it_after_a_body_that_spoke_in_a_statement_is_that_body():
    got = sourced(
        "At least 13 protesters were killed, Amnesty International Nigeria said in a statement "
        "on Thursday. It said six of the victims were shot in Kano."
    )
    assert [f[2] for f in got] == ["Amnesty International Nigeria"] * 2


def test_a_mob_that_kills_alleged_cattle_thieves_stays_violence():
    got = tag(
        "",
        "A mob lynched two alleged cattle thieves, both Muslims, in Jharkhand, police said, the "
        "latest in a string of communal attacks by cow vigilantes.",
    )
    assert got.is_conflict


def test_a_civilian_who_flees_in_a_car_keeps_the_flight():
    got = tag(
        "",
        "Amal fled in a car with her four children as RSF fighters stormed El Fasher, killing "
        "dozens.",
    )
    assert "displacement" in tags_of(got)


def test_clashes_between_clubs_are_no_count():
    # the clubs are counted things since the sport set (dev194); their matches are not
    got = sourced("The two clubs will meet in 4 clashes this season.")
    assert [text for text, *_ in got] == ["two clubs"]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("About 3,000 U.S. troops are deployed in Syria.", "About 3,000 U.S. troops"),
        ("Some 40 U.N. peacekeepers were wounded in the attack.", "Some 40 U.N. peacekeepers"),
    ],
)
def test_points_of_an_abbreviation_sit_between_a_count_and_its_noun(text, span):
    assert [f[0] for f in sourced(text)] == [span]


def test_an_explosive_thrown_at_a_leader_is_a_bomb_attack():
    # the whole article of dev147 (jj0029): its headline sits in an election and a crime
    records = load_jsonl(Path(__file__).parents[3] / "eval" / "dev147" / "conflict.jsonl")
    record = next(r for r in records if r["id"] == "jj0029")
    assert tag(record["title"], record["text"]).is_conflict


def test_a_smoke_bomb_thrown_at_a_concert_is_no_bomb_attack():
    assert not tag("", "Protesters threw a smoke bomb into the crowd at the concert.").is_conflict
