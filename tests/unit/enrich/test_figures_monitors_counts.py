"""What the monitors of attacks on aid, health care, the press and schools count: academics
and photographers, universities and colleges, arbitrary detentions, media outlets and
investigations; a place's own count after its possessive ("Of Gaza's 36 hospitals"); and
a noun whose modifiers are joined by "and" ("163 health and rescue workers")."""

from __future__ import annotations

import pytest

from .support import sourced


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "About 40 academics have been killed in the fighting, the association said.",
            ("About 40 academics", "killed"),
        ),
        (
            "At least 104 universities and colleges in Sudan have been damaged or looted.",
            ("At least 104 universities and colleges", "housing"),
        ),
        (
            "The union documented over 90 arbitrary detentions of reporters.",
            ("over 90 arbitrary detentions", "arrested"),
        ),
        ("The Taliban closed 12 media outlets last year.", ("12 media outlets", "other")),
        (
            "Israeli strikes have killed 163 health and rescue workers in Lebanon.",
            ("163 health and rescue workers", "killed"),
        ),
        ("Two photographers were wounded by shrapnel.", ("Two photographers", "injured")),
    ],
)
def test_the_monitors_nouns_are_counted(text, want):
    assert want in [(f[0], f[1]) for f in sourced(text)]


def test_a_places_own_count_after_its_possessive_is_a_figure():
    got = sourced("Of Gaza's 36 hospitals, 18 are partially functioning, the WHO said.")
    assert ("36 hospitals", "the WHO") in [(f[0], f[2]) for f in got]


def test_a_unit_named_after_a_possessive_stays_a_label():
    got = sourced("Two soldiers of the army's 34 Rashtriya Rifles were killed.")
    assert [f[0] for f in got] == ["Two soldiers"]


def test_a_name_ending_in_a_number_stays_a_label():
    assert sourced("Resolution 2334 was adopted by the council.") == []


def test_where_people_shelter_describes_them_and_the_verb_after_says_what_befell_them():
    got = sourced("At least 745 people sheltering in UNRWA premises have been killed, it said.")
    assert [(f[0], f[1]) for f in got] == [("At least 745 people", "killed")]


def test_people_sheltering_somewhere_with_no_event_after_are_displaced():
    got = sourced("About 2,000 people sheltering in schools need food, the council said.")
    assert [(f[0], f[1]) for f in got] == [("About 2,000 people", "displaced")]


def test_a_bare_count_for_another_country_after_the_same_word_is_the_same_count():
    got = sourced("Palestine accounted for 18 of the deaths, Ukraine for six and Sudan for five.")
    assert [(f[0], f[1]) for f in got] == [
        ("18 of the deaths", "killed"),
        ("six", "killed"),
        ("five", "killed"),
    ]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "The coalition's report, compiled with Insecurity Insight, counts 905 health workers "
            "killed.",
            "the coalition's report",
        ),
        (
            "The Secretary-General's annual report, released on Thursday, said 5,200 children "
            "were killed.",
            "the Secretary-General's annual report",
        ),
        (
            "Armed groups killed at least 2,700 civilians in 2023, according to the Armed "
            "Conflict Location & Event Data Project.",
            "the Armed Conflict Location & Event Data Project",
        ),
    ],
)
def test_a_reports_making_set_off_by_commas_and_an_ampersand_in_a_name_keep_the_source(text, who):
    assert [f[2] for f in sourced(text)] == [who]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "The Russian Ministry of Defence, for its part, said that 95 Russian servicemen had "
            "been returned.",
            "the Russian Ministry of Defence",
        ),
        (
            "The number of deaths rose to 147, according to the latest bulletin of the state "
            "Civil Defence.",
            "the state Civil Defence",
        ),
        (
            "At least 80 persons have been killed, according to the latest report of the "
            "Ombudsman's Office.",
            "the Ombudsman's Office",
        ),
        (
            "About 994 persons were arrested, according to a count of the Ministry "
            "of the Interior.",
            "the Ministry of the Interior",
        ),
        (
            "About 994 persons were arrested, according to figures from the Ministry of the "
            "Interior.",
            "the Ministry of the Interior",
        ),
        ("Eight airdrops were made, according to a statement of the General Command.", None),
    ],
)
def test_the_body_whose_report_or_bulletin_it_is_gives_the_count(text, who):
    got = [f[2] for f in sourced(text)]
    if who is None:  # a statement keeps its words: "a statement of the General Command"
        assert got == ["a statement of the General Command"]
    else:
        assert got == [who]
