"""Regional and communiqué wording: the words for people, things and hospitals that wire
copy from South Asia, Africa and Latin America uses."""

from __future__ import annotations

import pytest

from pipeline.enrich.text import normalise, split_sentences

from .support import summary


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Three jawans were killed in the ambush, officials said.",
            ("Three jawans", "person", "killed"),
        ),
        ("Troops killed 11 khwarij in the operation.", ("11 khwarij", "person", "killed")),
        (
            "About 400 garimpeiros left the reserve.",
            ("About 400 garimpeiros", "person", "displaced"),
        ),
        (
            "Gunmen abducted 14 civil servants on the road.",
            ("14 civil servants", "person", "kidnapped"),
        ),
        ("Some 300 peasants fled the fighting.", ("Some 300 peasants", "person", "displaced")),
        (
            "The army said it had deployed 500 effectives.",
            ("500 effectives", "person", "combatants"),
        ),
        ("Warplanes hit 32 targets overnight.", ("32 targets", "other", "other")),
        (
            "The raiders took about 4,000 heads of cattle.",
            ("about 4,000 heads of cattle", "other", "other"),
        ),
    ],
)
def test_regional_words_for_people_and_things_are_counted(text, want):
    assert want in summary(text)


def test_people_taken_to_a_named_hospital_were_hurt():
    got = summary(
        "Gunmen killed 15 villagers, police said. Four were taken to the Usmanu Danfodiyo "
        "University Teaching Hospital."
    )
    assert [c for _, _, c in got] == ["killed", "injured"]


def test_people_taken_to_a_camp_are_still_displaced():
    got = summary("About 600 families were taken to a transit camp near the border.")
    assert [c for _, _, c in got] == ["displaced"]


def test_a_unit_with_a_slash_ends_a_sentence():
    # "210 km/h." ends its sentence: its "h" is no initial, so the next count is its own
    text = normalise("The storm came ashore with winds of 210 km/h. Another 4,000 were evacuated.")
    sentences = split_sentences(text)
    assert len(sentences) == 2
    assert summary(text) == [("4,000", "person", "displaced")]


def test_pastoralists_and_accented_demonyms_are_counted():
    assert summary("Drought has displaced more than 200,000 pastoralists this year.") == [
        ("more than 200,000 pastoralists", "person", "displaced")
    ]
    assert summary("About 7,000 Burkinabè have sought refuge in Ghana.") == [
        ("About 7,000 Burkinabè", "person", "displaced")
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("At least 60 Hazaras died in the blast.", ("At least 60 Hazaras", "person", "killed")),
        ("Gunmen shot dead 14 Fulani herders at dawn.", ("14 Fulani herders", "person", "killed")),
        ("Some 4,000 Masalit crossed into Chad.", ("Some 4,000 Masalit", "person", "displaced")),
        ("About 30 Druze were hurt in the clashes.", ("About 30 Druze", "person", "injured")),
        ("At least 15 Tutsi were wounded.", ("At least 15 Tutsi", "person", "injured")),
    ],
)
def test_peoples_whose_names_have_no_demonym_ending_are_counted(text, want):
    assert summary(text) == [want]


def test_places_under_water_and_water_wells_are_no_aid():
    assert summary("About 80 settlements are under water, the governor said.") == [
        ("About 80 settlements", "other", "other")
    ]
