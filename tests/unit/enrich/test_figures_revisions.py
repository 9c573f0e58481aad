"""A toll as it changed: the earlier values a story gives beside the new one are figures too,
with their own sources ("up from the 70 first reported by local officials")."""

from __future__ import annotations

import pytest

from .support import sourced


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The toll rose to 115 dead, up from the 70 first reported by local officials.",
            [("115 dead", "killed", None), ("70", "killed", "local officials")],
        ),
        (
            "The state put the toll at 40, higher than the 22 announced by the police.",
            [("40", "killed", "the state"), ("22", "killed", "the police")],
        ),
        (
            "At least 2,900 people were killed, far more than the 900 the UN had counted.",
            [("At least 2,900 people", "killed", None), ("900", "killed", "the UN")],
        ),
        (
            "The UN said 110 were killed, raising the toll from the 43 given by officials.",
            [("110", "killed", "the UN"), ("43", "killed", "officials")],
        ),
        (
            "State media had earlier reported 103 dead and then 95.",
            [("103 dead", "killed", "state media"), ("95", "killed", "state media")],
        ),
        (
            "The number of people missing fell to four on Friday from 89 a week earlier, "
            "the government said.",
            [("four", "missing", "the government"), ("89", "missing", "the government")],
        ),
        (
            "Officials first spoke of 40 dead, then 115.",
            [("40 dead", "killed", "officials"), ("115", "killed", "officials")],
        ),
    ],
)
def test_the_values_a_toll_had_before_are_figures_with_their_sources(text, want):
    assert sourced(text) == want


def test_the_numbers_a_comparison_names_without_a_count_stay_out():
    # "the 22" with no participle or clause that gives it is no earlier toll
    got = sourced("The state put the toll at 40, higher than the 2022 figure.")
    assert [f[0] for f in got] == ["40"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # witnesses interviewed are counted; those who speak are sources
        ("The committee said it had interviewed 938 witnesses.", ["938 witnesses"]),
        (
            "A strike killed 30 people, two witnesses and a health worker told Reuters.",
            ["30 people"],
        ),
    ],
)
def test_witnesses_are_counted_unless_they_speak(text, want):
    assert [f[0] for f in sourced(text)] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a toll named far before its value, past a clause about who was there
        (
            "The death toll from an Israeli strike on al-Tabi'in school in Gaza City, where "
            "displaced families were sheltering, has risen to more than 100, the Civil "
            "Defence said.",
            [("more than 100", "killed", "the Civil Defence")],
        ),
        # a part named after its count, or described by a clause of its own
        (
            "More than 1,300 people were injured, and 580 police officers were among them.",
            [("More than 1,300 people", "injured", None), ("580 police officers", "injured", None)],
        ),
        (
            "About 35 people were injured, officials said, including two police officers who "
            "exchanged fire with him.",
            [
                ("About 35 people", "injured", "officials"),
                ("two police officers", "injured", "officials"),
            ],
        ),
    ],
)
def test_a_tolls_parts_and_its_value_past_an_aside_keep_its_category(text, want):
    assert sourced(text) == want


def test_a_group_among_those_displaced_is_no_part_of_the_abducted_before_it():
    got = sourced(
        "At least 51 children had been abducted, and about 350,000 children were among those "
        "displaced in the province."
    )
    assert [f[1] for f in got] == ["kidnapped", "displaced"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a verb with its object is the count's own ("embraced shahadat during the exchange")
        ("Two soldiers embraced shahadat during the exchange of fire, the ISPR added.", ["killed"]),
        # the body they belong to is no distance between the count and its verb
        (
            "Twenty-seven Maoists were killed, and two jawans of the District Reserve Guard also "
            "lost their lives.",
            ["killed", "killed"],
        ),
        # who they were, in the sentence after the toll
        (
            "The fighting killed 90 people. Among them were 32 pro-government troops and 58 Houthi "
            "rebels, the sources said.",
            ["killed", "killed", "killed"],
        ),
        # but troops named as such, with no toll before them, stay fighters
        (
            "The army has 32 pro-government troops and 58 police officers in the town.",
            ["combatants", "combatants"],
        ),
    ],
)
def test_who_the_dead_were_keeps_their_fate(text, want):
    assert [f[1] for f in sourced(text)] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a relative clause ends where the main clause's auxiliary starts
        (
            "At least 18 people who survived the quake have since died of cold in temporary "
            "shelters.",
            ["killed"],
        ),
        ("About 300 families who had fled the fighting returned home.", ["returned"]),
        # burns right after a bare count are its fate; a patient's burns describe him
        (
            "A depot explosion killed at least 170 people and left more than 200 with burns.",
            ["killed", "injured"],
        ),
        ("The Red Cross evacuated 23 patients with burns by helicopter.", ["displaced"]),
        # the dead one helped bury
        ("A resident said he had helped bury 41 people.", ["killed"]),
    ],
)
def test_the_main_verb_and_the_fate_right_after_a_count(text, want):
    assert [f[1] for f in sourced(text)] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Civilian deaths fell from 2,084 in 2014 to 27 in 2019, the lowest since the war.",
            [("2,084", "killed", None), ("27", "killed", None)],
        ),
        (
            "Arrests rose from 300 in May to 1,200 in June.",
            [("300", "arrested", None), ("1,200", "arrested", None)],
        ),
        (
            "The number of displaced rose from 12,000 last week to 30,000 on Monday, OCHA said.",
            [("12,000", "displaced", "OCHA"), ("30,000", "displaced", "OCHA")],
        ),
    ],
)
def test_a_count_from_one_time_to_another_keeps_what_it_counts(text, want):
    assert sourced(text) == want
