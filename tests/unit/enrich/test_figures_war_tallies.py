"""What a general staff's tally counts besides people: artillery systems, air defence systems,
airplanes, warships, assaults repelled, clashes and townships taken are counted things
(category other); a year before an event ("the 2015 attacks") is no count of them."""

from __future__ import annotations

import pytest

from .support import figures, sourced, summary


def test_a_losses_tally_counts_each_kind_of_hardware():
    got = sourced(
        "According to the report, Russia has also lost 11,036 tanks, 30,608 artillery systems, "
        "1,436 multiple launch rocket systems, 1,195 air defense systems, 421 airplanes and 28 "
        "warships."
    )
    assert [f[0] for f in got] == [
        "11,036 tanks",
        "30,608 artillery systems",
        "1,436 multiple launch rocket systems",
        "1,195 air defense systems",
        "421 airplanes",
        "28 warships",
    ]
    assert {f[1] for f in got} == {"other"}


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Ukrainian defenders repelled 52 Russian assaults near Pokrovsk, the General Staff "
            "said.",
            "52 Russian assaults",
        ),
        ("A total of 186 combat clashes took place over the past day.", "186 combat clashes"),
        ("The Arakan Army now controls 14 townships in Rakhine State.", "14 townships"),
        (
            "Kyiv's military intelligence said North Korea had supplied 120 artillery pieces.",
            "120 artillery pieces",
        ),
    ],
)
def test_engagements_and_places_taken_are_counted(text, span):
    assert [f[0] for f in sourced(text)] == [span]


@pytest.mark.parametrize(
    "text",
    [
        "Thousands fled after the 2022 clashes in the region.",
        "Hundreds of families lost relatives in the 2015 attacks on the capital.",
    ],
)
def test_a_year_before_an_event_is_no_count(text):
    assert [f[0] for f in sourced(text) if f[0][:1].isdigit()] == []


def test_a_year_before_a_plans_name_in_a_sentence_of_many_capitals_is_no_count():
    text = (
        "UNHCR and partners launched the 2025 Regional Refugee Response Plan for the Sudan "
        "situation in Nairobi on 17 February."
    )
    assert [f[0] for f in sourced(text)] == []


def test_children_deported_or_forcibly_transferred_are_displaced_not_sent_home():
    got = sourced(
        "Kyiv says 19,546 children have been deported or forcibly transferred to Russia since "
        "2022, about 1,600 of them from Kherson region alone."
    )
    assert [f[1] for f in got] == ["displaced", "displaced"]
    assert [f[1] for f in sourced("Pakistan has deported 500,000 Afghans since November.")] == [
        "returned"
    ]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("About 400 adults were arrested, and 200 under the age of 18 were sent home.", [400, 200]),
        ("Police said 23 people were killed between October 1 and 6.", [23]),
        ("The average age of those arrested is 17, the minister said.", []),
        ("Fighting between June 24 and 30 killed 40 people.", [40]),
    ],
)
def test_ages_and_the_end_of_a_range_of_days_are_no_count(text, kept):
    assert [f.value for f in figures(text)] == kept


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a model's code between the count and its noun
        (
            "Its equipment will include about 105 Leopard 2A8 tanks.",
            [("about 105 Leopard 2A8 tanks", "other", "other")],
        ),
        (
            "Three Mirage 2000D jets left Chad in December.",
            [("Three Mirage 2000D jets", "other", "other")],
        ),
        (
            "The navy has commissioned eight Type 055 destroyers.",
            [("eight Type 055 destroyers", "other", "other")],
        ),
        # warships, vehicles and units of the defence desk
        (
            "The US Navy operates 11 aircraft carriers.",
            [("11 aircraft carriers", "other", "other")],
        ),
        (
            "The aim is to assemble two battalions quickly, the government said.",
            [("two battalions", "other", "combatants")],
        ),
        (
            "More than 6,000 Ukrainians have returned home in 69 exchanges.",
            [
                ("More than 6,000 Ukrainians", "person", "other"),
                ("69 exchanges", "other", "other"),
            ],
        ),
        # a year is no model's code
        ("Some 40 Leopard 2023 tanks were shown.", []),
    ],
)
def test_the_defence_desks_warships_units_and_models(text, expected):
    assert summary(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a force's size told with the verb "number"
        ("The regular army numbers about 70,000.", [("about 70,000", "person", "combatants")]),
        (
            "Ukraine's armed forces number about 880,000.",
            [("about 880,000", "person", "combatants")],
        ),
        # the number of a named people, raised or cut to a value
        (
            "The Pentagon is cutting the number of troops there to fewer than 1,000.",
            [("fewer than 1,000", "person", "combatants")],
        ),
        ("The number of refugees rose to 2,000.", [("2,000", "person", "displaced")]),
        # "number" of a noun that names no one in particular still says nothing
        ("The number of people rose to 2,000 over the summer.", []),
    ],
)
def test_a_forces_size_and_the_number_of_a_named_people(text, expected):
    assert summary(text) == expected
