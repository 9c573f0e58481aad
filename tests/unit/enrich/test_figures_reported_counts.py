"""Counts as they are reported. Counts given as records ("reached a record 520,000", "rose to a
new high of 63") and counts with a time after them ("the toll rose to 63 yesterday"): the tally
names them as it would the bare count; a verb that links a tally to its value is no event of
its own. Who reports a count ("Residents said") does not say who is counted."""

from __future__ import annotations

import pytest

from .support import figures, summary


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The number of asylum seekers rose to a record 1.2 million in 2023.",
            [("1.2 million", "person", "displaced")],
        ),
        (
            "The death toll rose to a new high of 63 on Monday, the ministry said.",
            [("63", "person", "killed")],
        ),
        (
            "Arrivals hit an all-time high of 42,000 in June, the IOM said.",
            [("42,000", "person", "displaced")],
        ),
    ],
)
def test_a_count_given_as_a_record_is_the_tallys_count(text, expected):
    assert summary(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The death toll rose to 63 yesterday.", [("63", "person", "killed")]),
        (
            "The number of displaced people reached 1.2 million last year.",
            [("1.2 million", "person", "displaced")],
        ),
        ("The toll climbed to 41 overnight, the governor said.", [("41", "person", "killed")]),
    ],
)
def test_a_time_after_a_bare_count_ends_its_phrase(text, expected):
    assert summary(text) == expected


def test_crossings_that_reach_a_count_are_people_crossing():
    text = "Crossings of the Darien Gap, which reached a record 520,000 in 2023, have fallen."
    assert summary(text) == [("520,000", "person", "displaced")]


def test_crossings_of_ships_are_no_people():
    text = "The drought forced the canal authority to cut daily crossings to 24 from 36."
    assert [c for _, _, c in summary(text)] != ["displaced"]


def test_a_record_of_something_else_is_no_tally():
    assert summary("They scored 63 last night in a record win.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Residents said two men who tried to run away were shot dead.",
            [("two men", "person", "killed")],
        ),
        (
            "Villagers said over 100 families who lost their homes had fled to the hills.",
            [("over 100 families", "household", "displaced")],
        ),
    ],
)
def test_the_speakers_of_a_count_are_not_the_people_counted(text, expected):
    assert summary(text) == expected


def test_a_speakers_name_still_tells_who_is_counted():
    text = "The UN Population Fund said about 55,000 pregnant women were among them."
    assert [c for _, _, c in summary(text)] == ["civilians"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "A security official, speaking on condition of anonymity, said 12 soldiers died.",
            "a security official",
        ),
        (
            "AFP, using police and hospital figures, has counted at least 174 deaths.",
            "AFP",
        ),
        ("The agency, quoting local officials, said 300 families had fled.", "the agency"),
    ],
)
def test_who_speaks_or_counts_past_an_aside_is_the_source(text, source):
    assert [f.attribution for f in figures(text)] == [source]


def test_people_who_live_in_camps_named_at_length_are_displaced():
    text = "About 130,000 still live in the Nduta and Nyarugusu camps, the agency said."
    assert summary(text) == [("About 130,000", "person", "displaced")]


def test_people_who_live_in_a_zone_under_evacuation_orders_are_not_yet_displaced():
    text = "About 260,000 residents live in the zones under mandatory evacuation, officials said."
    assert [c for _, _, c in summary(text)] == ["civilians"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Migrants who crossed from Turkey said they had fled the war. "
            "From Izmir to Lesbos we were 41 in a rubber boat, he said.",
            [("41", "person", "displaced")],
        ),
        (
            '"There were about 110 of us on the shift," the miner said from his hospital bed.',
            [("about 110", "person", "other")],
        ),
    ],
)
def test_speakers_who_count_themselves_are_people(text, expected):
    assert summary(text)[-1:] == expected


def test_speakers_who_give_their_age_are_no_count():
    assert summary('"We were 19 and terrified," said a veteran of the battalion.') == []


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Clashes have killed nine people, a local administrator said. "
            "He said 54 houses were burned.",
            "a local administrator",
        ),
        (
            "The camp is full, the camp chairman said on Monday. "
            "She said about 400 families had arrived this week.",
            "the camp chairman",
        ),
        (
            '"The tents were built for one summer," said Saleh al-Qadi. '
            "He said around 300 tents had been torn by storms.",
            "Saleh al-Qadi",
        ),
    ],
)
def test_he_or_she_is_the_person_who_spoke_before(text, source):
    assert [f.attribution for f in figures(text)][-1] == source


def test_a_name_with_a_lower_case_particle_after_its_office_is_the_source():
    text = (
        "The hospital received the bodies of 21 people, the hospital's director, Atef al-Hout, "
        "said. He said it was treating more than 700 wounded."
    )
    assert [f.attribution for f in figures(text)] == ["Atef al-Hout", "Atef al-Hout"]


def test_he_is_the_person_a_features_lede_names():
    text = (
        "Ahmet Kaya was 300 metres below ground when the explosion ripped through the mine. "
        '"There were about 110 of us on the shift," he said.'
    )
    assert [f.attribution for f in figures(text)] == ["Ahmet Kaya"]


def test_he_is_no_place_that_opens_a_sentence():
    text = 'South Sudan has opened new sites. "We have 300 families here," he said.'
    assert [f.attribution for f in figures(text)] == [None]


# The probe review of these rules (125 probes, labelled before running) found them reaching
# too far; its cases stand here.
@pytest.mark.parametrize(
    "text",
    [
        '"We were 17 in 1994 when the genocide started," said Jeanne, a survivor.',
        '"We were 20 at the time and thought we were immortal," said the veteran.',
        '"We were ten on the pitch for an hour and still won," the coach said.',
        '"We were 16 at school together in Aleppo," she said of her husband.',
    ],
)
def test_an_age_or_a_team_after_we_were_is_no_count(text):
    assert summary(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'The UN report "Nowhere Safe" said 1.3 million people had been displaced.',
            [("1.3 million people", "person", "displaced")],
        ),
        (
            'The army, which called the raid a "success," said 23 suspects were detained.',
            [("23 suspects", "person", "arrested")],
        ),
    ],
)
def test_a_count_after_a_title_or_scare_quotes_is_still_reported(text, expected):
    assert summary(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        'Hurricane Otis tore through Acapulco overnight. "We lost 40 houses on this street '
        'alone," he said.',
        'Al Hol camp holds about 40,000 people. "Twelve children died here last month," she said.',
        'Last Tuesday the militia came back to the village. "They burned 60 homes," she said.',
    ],
)
def test_a_storm_a_camp_or_a_day_that_opens_a_sentence_is_no_speaker(text):
    assert figures(text)[-1].attribution is None


def test_it_still_stands_for_a_body_whose_name_has_a_particle():
    text = (
        "Hayat Tahrir al-Sham said its fighters had captured 14 villages. It said 60 "
        "government soldiers were killed."
    )
    assert [f.attribution for f in figures(text)] == ["Hayat Tahrir al-Sham"] * 2


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Ursula von der Leyen said 40 people were detained.", "Ursula von der Leyen"),
        (
            "Police chief Abdullah bin Rashid said 12 people were arrested.",
            "police chief Abdullah bin Rashid",
        ),
    ],
)
def test_a_name_with_two_particles_or_bin_stays_whole(text, source):
    assert [f.attribution for f in figures(text)] == [source]


def test_crossings_of_freight_are_no_people():
    text = "Rail freight crossings at the border hit a record 2,100 in March, customs said."
    assert [c for _, _, c in summary(text)] != ["displaced"]


def test_workers_in_labour_camps_are_not_displaced():
    text = "About 2,000 migrant workers live in the Sonapur and Al Quoz labour camps."
    assert [c for _, _, c in summary(text)] == ["civilians"]


def test_a_rate_after_the_count_does_not_part_it_from_its_verb():
    text = "About 2,000 migrants a day are arriving at the Lajas Blancas reception station."
    assert summary(text) == [("About 2,000 migrants", "person", "displaced")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Some 1 500 firemen were mobilised.", [("Some 1 500 firemen", "person", "other")]),
        (
            "About 40 fishermen were missing after the storm.",
            [("About 40 fishermen", "person", "missing")],
        ),
        (
            "The number of detainees in the occupation prisons exceeds 9.500.",
            [("9.500", "person", "arrested")],
        ),
    ],
)
def test_men_of_a_trade_and_a_tally_that_exceeds_its_count_are_read(text, expected):
    assert summary(text) == expected


def test_a_specimen_is_no_man():
    assert summary("The museum holds 400 specimens.") != [("400 specimens", "person", "other")]
